import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { strayPunctuation } from "./stray-punctuation";

testExamples(strayPunctuation);

function flagged(source: string, target: string): string[] {
  return flaggedTexts(strayPunctuation.run(contextFor(source, target)));
}

describe("stray-punctuation", () => {
  it("flags a semicolon before a subordinate clause, though the source has a comma there; not one before a clause of its own", () => {
    expect(flagged("Министр заявил, что бюджет будет принят в ноябре.", "The minister said; that the budget will be adopted in November.")).toEqual(["said;"]);
    expect(flagged("Депутаты обсудили закон, который приняли весной.", "The deputies discussed the law; which was adopted in spring.")).toEqual(["law;"]);
    expect(flagged("Он ушёл в отставку, потому что партия проиграла.", "He resigned; because the party lost.")).toEqual(["resigned;"]);
    expect(flagged("Журналистка спросила, будет ли продлён контракт.", "The journalist asked; whether the contract would be extended.")).toEqual(["asked;"]);
    expect(flagged("ВВП упал на 25%, что станет сильнейшим спадом.", "GDP fell by 25%; this is the greatest drop.")).toEqual([]);
    expect(flagged("План провалился, что было ожидаемо.", "The plan failed; that was expected.")).toEqual([]);
  });

  it("flags a comma between a verb and the that-clause it reports, as Russian sets before что; not a demonstrative, a noun or an aside", () => {
    expect(flagged("Министр заявил, что бюджет будет принят.", "The minister said, that the budget will be adopted.")).toEqual(["said,"]);
    expect(flagged("Эксперты считают, что цены вырастут.", "Experts believe, that prices will rise.")).toEqual(["believe,"]);
    expect(flagged("Известно, что он уехал в Лиму.", "It is known, that he left for Lima.")).toEqual(["known,"]);
    expect(flagged("Министр заявил, что бюджет будет принят.", "The minister said that the budget will be adopted.")).toEqual([]);
    expect(flagged("Он сказал, то есть подтвердил.", "He said, that is, he confirmed it.")).toEqual([]);
    expect(flagged("Тот факт, что он уехал, известен.", "The fact, that he left, is known.")).toEqual([]);
    expect(flagged("Он подчеркнул, однако, что реформа продолжится.", "He stressed, however, that the reform would continue.")).toEqual([]);
    expect(flagged("Дайте им воды, или так кажется, что ночевать негде.", "Give them water, or so it seems, that there is nowhere to sleep.")).toEqual([]);
  });

  it("flags the spacing of tokenised text", () => {
    expect(flagged("Это её бывший муж.", "He is her sister 's ex-husband .")).toEqual([" 's", " ."]);
  });

  it("flags doubled marks but not an ellipsis", () => {
    expect(flagged("Ну что ж...", "Well then,. we go...")).toEqual([",."]);
  });

  it("leaves abbreviations and initials inside a sentence alone", () => {
    expect(flagged("Встреча в 10 утра в США.", "They met at 10 a.m. in the U.S. and Dr. Smith et al. agreed.")).toEqual([]);
  });

  it("leaves a web address broken at its dot to broken-domain, also when its label is an English word", () => {
    expect(flagged("Указ опубликован на сайте president.kg.", "The decree was published on the website president. kg.")).toEqual([]);
    expect(flagged("Подробности на сайте stopterrorism.kz.", "Details are on the website stopterrorism. kz.")).toEqual([]);
  });

  it("flags punctuation right after an article", () => {
    expect(flagged("Это было на официальном сайте.", "It was on the; official website.")).toEqual(["the;"]);
  });

  it("flags a plural possessive followed by a verb", () => {
    expect(flagged("Клетки могут передаваться.", "The germline cells' can be passed on.")).toEqual(["cells'"]);
  });

  it("flags a question mark the source does not have", () => {
    expect(flagged("Церемония прошла по инициативе России.", "The ceremony took place at? The initiative of Russia.")).toEqual([
      "at?",
    ]);
  });

  it("keeps a question mark that the source has", () => {
    expect(flagged("«Зачем?» — спросил он.", "“Why?” he asked.")).toEqual([]);
  });
});

describe("stray-punctuation: source and grammar", () => {
  it("leaves punctuation that copies the source", () => {
    expect(flagged("Драки не было::", "There was no fight::")).toEqual([]);
  });

  it("flags a comma between a modal and its verb, not a parenthesis", () => {
    expect(flagged("Будет облачно.", "It will, be cloudy.")).toEqual(["will,"]);
    expect(flagged("Будет облачно.", "It will, however, be cloudy. That is, rain.")).toEqual([]);
  });

  it("flags punctuation inside a capitalised name of several words, with the name as the fix", () => {
    const [finding] = strayPunctuation.run(contextFor("Отношения разорвали Объединенные Арабские Эмираты.", "Relations were severed by the United Arab, Emirates."));
    expect([finding?.target.text, finding?.suggestion]).toEqual(["United Arab, Emirates", "United Arab Emirates"]);
    expect(flagged("Страны: Саудовская Аравия, Объединенные Арабские Эмираты.", "Countries: Saudi Arabia, United Arab Emirates.")).toEqual([]);
    expect(flagged("Это сделали в Соединенных Штатах.", "It was done in the united, states of mind.")).not.toContain("united, states");
  });

  it("flags a comma or colon right before a bracket, not before an enumeration", () => {
    expect(flagged("Задержан вместе с Артемом Суворовым (Центристская партия).", "He was detained with Artem Suvorov: (Centre Party).")).toEqual(["Suvorov:"]);
    expect(flagged("Варианты: (а) да и (б) нет.", "Options: (a) yes and (b) no.")).toEqual([]);
    expect(flagged("В повестке: (iii) бюджет.", "The agenda includes: (iii) the budget.")).toEqual([]);
    expect(flagged("Выручка (2 млрд долларов) выросла.", "Revenue, ($2 billion) grew.")).toEqual([]);
  });
});

describe("stray-punctuation: a mark inside a phrase", () => {
  const ru = "Исходное предложение.";

  it("flags a mark between a determiner and its noun, not a letter that labels or an initial", () => {
    expect(flagged(ru, "We met in their; office.")).toEqual(["their;"]);
    expect(flagged(ru, "The. Monks left at dawn.")).toEqual(["The."]);
    expect(flagged(ru, "A, quiet village by the river.")).toEqual(["A,"]);
    expect(flagged("А. Петров отметил точки А, Б и В; первая, А, мост.", "A. Petrov drew points A, B and C; the first was, A, a bridge.")).toEqual([]);
  });

  it("flags a mark between a preposition and its object, not after a preposition that ended its clause", () => {
    expect(flagged(ru, "She lives in, Kazan with her aunt.")).toEqual(["in,"]);
    expect(flagged(ru, "They argued with, the mayor for hours.")).toEqual(["with,"]);
    expect(flagged(ru, "I have a question to: him.")).toEqual(["to:"]);
    expect(flagged(ru, "There was nobody to talk to, nobody to call.")).toEqual([]);
    expect(flagged(ru, "Ask whom she worked with, then call them.")).toEqual([]);
    expect(flagged(ru, "When the mayor stepped in, the talks resumed.")).toEqual([]);
  });

  it("flags a mark right after a conjunction, not one that opens a parenthesis", () => {
    expect(flagged(ru, "Tea or; coffee will do.")).toEqual(["or;"]);
    expect(flagged(ru, "He knocked but, nobody answered.")).toEqual(["but,"]);
    expect(flagged(ru, "Prices rose if; demand fell.")).toEqual(["if;"]);
    expect(flagged("Выросли зарплаты и, конечно, налоги; и после паузы он ушёл.", "Wages and, of course, taxes rose; and, after a long pause, he left.")).toEqual([]);
  });

  it("flags a mark between an auxiliary or a subject and its verb", () => {
    expect(flagged(ru, "Soon you'll: see it.")).toEqual(["you'll:"]);
    expect(flagged(ru, "Yesterday they, voted against it.")).toEqual(["they,"]);
    expect(flagged(ru, "You didn't, answer the letter.")).toEqual(["didn't,"]);
    expect(flagged("Он тоже голосовал; план, увы, провалился. Кто не хочет, не платит.", "He, too, voted; the plan, which, sadly, failed, was his. Those who won't, pay.")).toEqual([]);
    expect(flagged("Какого я роста?", "How tall am I, anyway?")).toEqual([]);
  });

  it("flags a semicolon or colon the clause goes on after, not one before a question or a list", () => {
    expect(flagged(ru, "The report: was published on Monday.")).toEqual(["report:"]);
    expect(flagged(ru, "She is a member; of the council.")).toEqual(["member;"]);
    expect(flagged(ru, "Yesterday; the river rose.")).toEqual(["Yesterday;"]);
    expect(flagged("Вопрос: вы это видели?", "I have a question: have you seen it?")).toEqual([]);
    expect(flagged("План: кто платит, и товары вроде: соли.", "The plan is: who pays, and the goods such as: salt.")).toEqual([]);
  });

  it("flags a mark between a possessive and its noun, not a contraction", () => {
    expect(flagged(ru, "He went to the mayor's, office.")).toEqual(["mayor's,"]);
    expect(flagged(ru, "It's late, and that's, frankly, odd.")).toEqual([]);
  });
});

describe("stray-punctuation: stray marks and symbols", () => {
  it("flags a symbol after a word or a mark", () => {
    expect(flagged("Они отменили налог.", "They abolished the tax,@ the rest stayed.")).toEqual(["tax,@"]);
    expect(flagged("Правда? Да.", "Really?_ Yes.")).toEqual(["Really?_"]);
  });

  it("flags a mark glued to a dash, bar or sign between words, not an ellipsis or a quotation closing after a dash", () => {
    expect(flagged("Погода сегодня | Прогноз на завтра", "Weather today |, Forecast for tomorrow")).toEqual(["|,"]);
    expect(flagged("Цена = качество", "Price =! quality")).toEqual(["=!"]);
    expect(flagged("Казань — столица Татарстана.", "Kazan —: the capital of Tatarstan.")).toEqual(["—:"]);
    expect(flagged("> Ольга Смирнова", ">; Olga Smirnova")).toEqual([">;"]);
    expect(flagged("—… нет, не знаю.", "-... no, I don't know.")).toEqual([]);
    expect(flagged("«Подожди —» сказала Мария.", "'Wait —' said Maria.")).toEqual([]);
  });

  it("flags a second mark after a stop, not after an abbreviation", () => {
    expect(flagged("Смотрите приложение. Потом", "See the appendix (page 4).; Then go on.")).toEqual(["4).;"]);
    expect(flagged("Поезда, книги и т. д., а также", "Trains, books, etc., and at 9 a.m., the shops.")).toEqual([]);
  });

  it("flags an exclamation mark the source has fewer of, that the sentence goes on after in lower case", () => {
    expect(flagged("Война не начнётся!", "The war will not! begin!")).toEqual(["not!"]);
    expect(flagged("Я был там 3 года.", "I was there for 3! years.")).toEqual(["3!"]);
  });

  it("takes a single capital before a lower-case word for no initial", () => {
    expect(flagged("Где я могу посмотреть?", "Where I. could watch it?")).toEqual(["I."]);
  });

  it("flags a hyphen left before a space unless a compound after a conjunction completes it", () => {
    expect(flagged("Не знаю, где это сделать.", "I don't know where- to do it.")).toEqual(["where-"]);
    expect(flagged("До и после войны.", "Pre- and post-war, 18- to 25-year-olds.")).toEqual([]);
  });

  it("takes a stop glued to letters for a file extension, and a modal after a possessive for a noun", () => {
    expect(flagged("Слушайте в формате .mp3.", "Listen in .mp3 format, God's will, not ours.")).toEqual([]);
  });
});

describe("stray-punctuation: more stray marks", () => {
  const ru = "Исходное предложение.";

  it("flags a stop after a word that cannot end a sentence", () => {
    expect(flagged(ru, "He studied the basics of. Chemistry at school.")).toEqual(["of."]);
    expect(flagged(ru, "A fast processor and. 64 gigabytes of memory.")).toEqual(["and."]);
    expect(flagged("Помни город, где мы жили. После этого ничего.", "Remember the town we lived in. After that, nothing.")).toEqual([]);
  });

  it("flags a stop inside a word with an apostrophe or after “No” before a lower-case word", () => {
    expect(flagged(ru, "A shop opened in Kazan's. old market.")).toEqual(["Kazan's."]);
    expect(flagged(ru, "You can't. keep it. No. answer came. See No. 5 below.")).toEqual(["can't.", "No."]);
  });

  it("flags an apostrophe after a plural before a preposition, after a verb, or a second one in a word", () => {
    expect(flagged(ru, "The authors' of the bill objected.")).toEqual(["authors'"]);
    expect(flagged(ru, "Everyone is' tired and there's' no end.")).toEqual(["is'", "there's'"]);
    expect(flagged(ru, "The workers' union and the teachers' pay.")).toEqual([]);
  });

  it("flags a hyphen after a figure before a space, a symbol after a bracket or a dash, a stop doubled by ! or ?", () => {
    expect(flagged(ru, "It happened 4- years ago.")).toEqual(["4-"]);
    expect(flagged(ru, "The list [item 2]_ goes on.")).toEqual(["2]_"]);
    expect(flagged(ru, 'She said "enough".! Then she left.')).toEqual(['"enough".!']);
    expect(flagged(ru, "Great!! Why?! Fine.")).toEqual([]);
  });

  it("flags a question mark after a closing quote that the sentence goes on after", () => {
    expect(flagged("Были ли «выборы» выборами?", 'Were the "elections"? elections at all?')).toEqual(['elections"?']);
  });

  it("leaves the question mark English needs where the source asked with a question word but ended with a full stop", () => {
    for (const [source, target] of [
      ["Что для меня музыка. Сейчас расскажу.", "What is music for me? I will tell you now."],
      ["Почему Олег Орлов молчит. Ответа нет.", "Why is Oleg Orlov silent? There is no answer."],
      ["Кто победит в Казани. Узнаем завтра.", "Who will win in Kazan? We will find out tomorrow."],
      // A question word after a comma or a dash opens the question too.
      ["-КУДА ТЫ ИДЁШЬ, КАК ТЫ МОГ", "- WHERE ARE YOU GOING? HOW COULD YOU?"],
    ]) {
      expect(flaggedTexts(strayPunctuation.run(contextFor(source, target)))).toEqual([]);
    }
    // No question in the source, or an English clause that asks nothing: the mark is still invented.
    expect(flaggedTexts(strayPunctuation.run(contextFor("Музыка для меня всё. Сейчас расскажу.", "What is music for me? I will tell you now.")))).toEqual(["me?"]);
    expect(flaggedTexts(strayPunctuation.run(contextFor("Что для меня музыка. Сейчас расскажу.", "Music is everything? I will tell you now.")))).toEqual(["everything?"]);
  });
});

describe("stray-punctuation: a colon or semicolon the source has no mark for", () => {
  it("flags a colon or semicolon inside a clause where the source sentence has none", () => {
    expect(flagged("Без билета туда не пустят.", "Without a ticket they won't let you: in there.")).toEqual(["you:"]);
    expect(flagged("Фермер пожаловался на засуху.", "The farmer complained; about the drought.")).toEqual(["complained;"]);
    expect(flagged("Команда Эрдогана выиграла выборы в Стамбуле.", "Erdoğan's team won the elections in Istanbul; Province.")).toEqual(["Istanbul;"]);
  });

  it("counts the source's marks: one colon at its end does not stand for a second one inside the clause", () => {
    expect(flagged("Священник высказался за смертную казнь:", "A priest spoke; in favour of the death penalty:")).toEqual(["spoke;"]);
    expect(flagged("Причина проста — не хватило денег.", "The reason is simple: there was not: enough money.")).toEqual(["not:"]);
  });

  it("counts a dash the translation kept as its own, and a dash opening a speaker's line as no break", () => {
    expect(flagged("Мэрия - Просьба не парковать машины во дворе.", "City hall - Please do not park: cars in the yard.")).toEqual(["park:"]);
    expect(flagged("— Давай сменим тему.", "Let's change the subject; now.")).toEqual(["subject;"]);
    expect(flagged("— Я сомневаюсь в этом.", "I have doubts: about it.")).toEqual(["doubts:"]);
    expect(flagged("Итог матча — ничья.", "The result of the match: a draw.")).toEqual([]);
    expect(flagged("— Ответ простой: ждать.", "The answer is simple: wait.")).toEqual([]);
  });

  it("takes a semicolon for the source's comma only near where the source has it, and for the source's own semicolon", () => {
    expect(
      flagged("Рабочий пожаловался на шум и ушёл домой, не дождавшись конца смены.", "The worker complained; about the noise and went home without waiting for the end of the shift."),
    ).toEqual(["complained;"]);
    expect(flagged("Туристы, приехавшие в Сочи, жалуются на цены в кафе.", "Tourists who came to Sochi complain about the prices; in cafes.")).toEqual(["prices;"]);
    expect(flagged("Снег шёл всю ночь, утром дороги замело.", "Snow fell all night; in the morning the roads were covered.")).toEqual([]);
    expect(flagged("Денег нет; зато работа есть.", "There is no money - none at all; but there is work.")).toEqual([]);
  });

  it("flags a colon inside a name, not after a label", () => {
    expect(flagged("Сергей Пархоменко о Херсонесе", "Sergei: Parkhomenko on Chersonesus")).toEqual(["Sergei:"]);
    expect(flagged("Источник Каспаров.ру", "Source: Kasparov.ru")).toEqual([]);
  });

  it("leaves a colon or semicolon that stands for a mark of the source", () => {
    expect(flagged("Причина проста — не хватило денег.", "The reason is simple: there was not enough money.")).toEqual([]);
    expect(flagged("Дождь шёл весь день, дороги размыло.", "It rained all day; the roads were washed away.")).toEqual([]);
    expect(flagged("Итог встречи: стороны договорились.", "The outcome of the meeting: the parties agreed.")).toEqual([]);
  });

  it("takes a colon after a label for the source's dash at about its place, where English parts the items with semicolons", () => {
    expect(flagged("Зарплата — от 40 000 рублей, график — пять дней в неделю.", "Salary: from 40,000 rubles; schedule: five days a week.")).toEqual([]);
    expect(flagged("Площадь — 60 кв. м, этаж — пятый, цена — 12 млн рублей.", "Area: 60 square meters; floor: fifth; price: 12 million rubles.")).toEqual([]);
    expect(flagged("Жанр — драма, продолжительность — два часа.", "Genre: drama; running time: two hours.")).toEqual([]);
    expect(flagged("Автор — Иван Бунин, год издания — 1933.", "Author: Ivan Bunin; year of publication: 1933.")).toEqual([]);
  });

  it("still flags a colon far from the source's dash, and a semicolon before no labelled item", () => {
    expect(flagged("Зарплата — от 40 000 рублей в месяц за полный рабочий день, график свободный.", "Salary: from 40,000 rubles a month for a full working day, with a free: schedule.")).toEqual(["free:"]);
    expect(flagged("Жанр — долгая драма о любви.", "Genre: a long; drama about love.")).toEqual(["long;"]);
  });

  it("leaves a colon that introduces a clause, a question or a speaker's words", () => {
    expect(flagged("Он сменил рацион и стал питаться лучше.", "He changed his diet: he started eating better.")).toEqual([]);
    expect(flagged("У меня вопрос вы его видели?", "I have a question: have you seen him?")).toEqual([]);
    expect(flagged("Макрон о пенсиях.", "Macron: Pensions will rise.")).toEqual([]);
  });
});

describe("stray-punctuation: a comma inside a verb or noun phrase", () => {
  it("flags a comma before an “of” that completes the word before, not “of course” or a closing parenthesis", () => {
    expect(flagged("Треть депутатов проголосовала против.", "One-third, of the deputies voted against.")).toEqual(["One-third,"]);
    expect(flagged("Он стал жителем деревни.", "He became a resident, of the village.")).toEqual(["resident,"]);
    expect(flagged("Это, конечно, важно.", "This, of course, matters; Burkov, extradited from Israel, of fraud.")).toEqual([]);
  });

  it("flags a comma between a finite “be” or “have” and what completes it, not where a clause ends on it", () => {
    expect(flagged("Цель обряда — получить воду.", "The purpose of the rite is, to obtain water.")).toEqual(["is,"]);
    expect(flagged("Шахтёры уже готовы к забастовке.", "The miners are, ready to strike.")).toEqual(["are,"]);
    expect(flagged("Он не ел много дней и сходил с ума.", "He had not eaten for days, and was, going mad.")).toEqual(["was,"]);
    expect(flagged("Они имели, увы, мало денег.", "They had, alas, little money.")).toEqual([]);
    expect(flagged("Какого бы цвета ни был корабль, дух тот же.", "No matter what colour the ship is, the spirit is the same.")).toEqual([]);
    expect(flagged("Беда в том, что это та же наука.", "The trouble is, it’s the same science.")).toEqual([]);
    expect(flagged("Вопрос в том, где вы живёте? То есть сейчас.", "The question is, where do you live? That is, now.")).toEqual([]);
  });
});

describe("stray-punctuation: names, titles and parentheses", () => {
  it("takes a capital with a stop after a name for an initial, and a capitalised preposition inside a sentence for a title's", () => {
    expect(flagged("Спасатели донесли Ваника А. до машины.", "Rescuers carried Vanik A. to the ambulance.")).toEqual([]);
    expect(flagged("Он снимался в фильмах «Смерть против», «Мост».", "He starred in Death Against, The Bridge.")).toEqual([]);
    expect(flagged("Она живёт в Казани.", "She lives In, Kazan.")).toEqual([]);
  });

  it("lets a subject open a parenthesis with “like”, and a particle end its clause before a participle", () => {
    expect(flagged("То есть они, как и заводы, принадлежат им.", "That is, they, like the factories, belong to them.")).toEqual([]);
    expect(flagged("Попался текст, где сказано, что надо протестовать.", "A text came across, saying that one must protest.")).toEqual([]);
  });
});

describe("stray-punctuation: a full stop that splits one source sentence", () => {
  it("flags a stop inside a name, after a word no sentence ends on, or after a lone first word", () => {
    expect(flagged("Показания даёт Борис Немцов.", "Testifying: Boris. Nemtsov.")).toEqual(["Boris."]);
    expect(flagged("В Бишкеке пройдёт мирный митинг.", "A peaceful rally will be held in. Bishkek.")).toEqual(["in."]);
    expect(flagged("Лицензионный Майнкрафт", "Licensed. Minecraft")).toEqual(["Licensed."]);
  });

  it("leaves a sentence the translator split after a clause, an abbreviation before a name, and breaks the source has", () => {
    expect(flagged("Военные начали отвод войск в Донбассе, контроль над линией усилен.", "The military began to withdraw troops in Donbass. Control over the line was tightened.")).toEqual([]);
    expect(flagged("Попался текст о. Владимира Зелинского.", "A text by Fr. Vladimir Zelinsky turned up.")).toEqual([]);
    expect(flagged("Я из Армении. Задавайте вопросы.", "I'm from Armenia. Ask questions. Thanks. Bye.")).toEqual([]);
  });
});

describe("stray-punctuation: a fragment's opening marks", () => {
  it("leaves marks that open the sentence where the source opens with marks too", () => {
    expect(flagged("., где все и закончилось.", ".. where it all ended.")).toEqual([]);
    expect(flagged("Там все и закончилось.", ".. where it all ended.")).toEqual([".."]);
    expect(flagged("— Там все и закончилось.", ".. where it all ended.")).toEqual([".."]);
  });
});

describe("stray-punctuation: a mark between words English reads as one phrase", () => {
  const flagged = (source: string, target: string) => strayPunctuation.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);

  it("flags a comma or colon the word-bigram model finds nowhere between the two words", () => {
    expect(flagged("Это пригодилось в жизни.", "It turned out useful in, life.")).toEqual([["in,", "in"]]);
    expect(flagged("Он купил немного хлеба.", "He bought a little, bit of bread.")).toEqual([["little,", "little"]]);
    expect(flagged("Что можно и что нельзя.", "What can: and cannot be done here.")).toEqual([["can:", "can"]]);
  });

  it("flags a semicolon before a word that goes on from the word before it, not before one that opens a clause", () => {
    expect(flagged("Его задержали спустя несколько десятилетий, в Омске.", "He was detained a few; decades later, in Omsk, as they say.")).toEqual([["few;", "few"]]);
    expect(flagged("Мы устали, я ушёл домой, она осталась.", "We were tired; I went home, and she stayed.")).toEqual([]);
  });

  it("leaves marks English puts there: a list, a parenthesis, a colon before what was said", () => {
    expect(flagged("Она сказала: план работает.", "She said: the plan works, and it does.")).toEqual([]);
    expect(flagged("Яблоки, груши и сливы подорожали.", "Apples, pears and plums went up in price.")).toEqual([]);
    expect(flagged("Он, конечно, прав.", "He is, of course, right about it.")).toEqual([]);
  });
  it("leaves a colon the source has one for, as in a proverb's two halves", () => {
    expect(flagged("Что можно: и что нельзя.", "What can: and cannot be done here.")).toEqual([]);
    expect(flagged("Он купил немного: хлеба.", "He bought a little: bit of bread.")).toEqual([]);
    expect(flagged("Он купил немного хлеба.", "He bought a little: bit of bread.")).toEqual([["little:", "little"]]);
  });
});

describe("stray-punctuation on a hostile run", () => {
  // Matched only from a word's start: from each letter of a long run the pattern rescanned the rest of it.
  it("still flags a question mark after a long run of letters or digits", () => {
    for (const run of ["z".repeat(100_000), "5".repeat(100_000)]) {
      expect(flagged("Церемония прошла по инициативе России.", `The ${run} ceremony took place at? The initiative of Russia.`)).toEqual(["at?"]);
    }
  });

  // A run of marks without a space was rescanned from each of its marks by the pattern of a stop doubled by another mark.
  it("still flags a stop doubled by a comma beside a long run of marks", () => {
    const run = "?;…".repeat(30_000);
    expect(flagged("Музей закрыли на ремонт, и открыли снова.", `The museum was closed for repairs!, and ${run} reopened.`)).toEqual(expect.arrayContaining(["repairs!,"]));
    expect(flagged("Музей закрыли на ремонт, и открыли снова.", `The museum was closed (for repairs).; then ${run} reopened.`)).toEqual(expect.arrayContaining(["repairs).;"]));
  });

  // Whether a quotation opened before an apostrophe was looked for anew before each, over the sentence up to it.
  it("tells a stray apostrophe from a closing one after a long run of stray apostrophes", () => {
    const run = "k' ".repeat(40_000);
    const own = (target: string) => flagged("Они сохранили место в лиге.", target).filter((text) => /place|seat/.test(text));
    expect(own(`${run}they kept their place' in the league.`)).toEqual(["place'"]);
    expect(own(`${run}they kept their place' in the ‘top league’.`)).toEqual(["place'"]);
    expect(own(`‘Fans ${run}they kept their place' in the league.`)).toEqual([]);
    expect(own(`${run}they kept ‘their seat' in the league.`)).toEqual([]);
  });

  // Patterns anchored at the end of the text before a mark were given all the sentence before each mark.
  describe("after a long run of marks the words before a mark are read as before", () => {
    const modals = "she could, sit ".repeat(20_000);
    const own = (source: string, target: string) => flagged(source, `${modals}${target}`).filter((text) => text !== "could,");

    it("tells a clause that ends on its auxiliary from an auxiliary parted from its verb", () => {
      expect(own("Как только сможем; поедем.", "and as soon as we can; we will go")).toEqual([]);
      expect(own("Как только сможем; поедем.", "and then we can; we will go")).toEqual(["can;"]);
      expect(own("Если он будет, то хорошо.", "and if he will, well and good")).toEqual([]);
      expect(own("Если он будет, то хорошо.", "and he will, well and good")).toEqual(["will,"]);
    });

    it("tells a preposition that ends its clause from one parted from its object", () => {
      expect(own("Им не с кем поговорить.", "we have nobody to talk to, nobody")).toEqual([]);
      expect(own("Им не с кем поговорить.", "we talk to, nobody")).toEqual(["to,"]);
    });

    it("tells a comma that closes a parenthesis before “of” from one that parts “of” from its word", () => {
      const run = "one, of two ".repeat(20_000);
      const source = "Бурков, экстрадированный из Израиля, обвиняется в мошенничестве.";
      const own = (target: string) => flagged(source, `${run}${target}`).filter((text) => text !== "one,");
      expect(own("and Burkov, extradited from Israel, of fraud is accused")).toEqual([]);
      expect(own("and then as we heard Burkov is accused, of fraud")).toEqual(["accused,"]);
    });

    it("tells an initial after a name from a full stop after a lower-case word", () => {
      const initials = "K. go ".repeat(20_000);
      expect(flagged("Доклад Ваника А. прошёл.", `${initials}the talk by Vanik A. was held`).filter((text) => text !== "K.")).toEqual([]);
      expect(flagged("Место, где я мог жить.", `${initials}the place where I. could stay`).filter((text) => text !== "K.")).toEqual(["I."]);
    });
  });

  // Each lookbehind read back over a run of closing marks from every point of it.
  it("still flags a stop doubled by a comma beside a stop before a long run of closing marks", () => {
    for (const closing of [")", "”", "’"]) {
      const target = `The museum was closed for repairs!, and the hall.${closing.repeat(50_000)} reopened.`;
      expect(flagged("Музей закрыли на ремонт, и открыли снова.", target)).toEqual(expect.arrayContaining(["repairs!,"]));
    }
  });
});
