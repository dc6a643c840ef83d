import { describe, expect, it } from "vitest";
import { contextFor, contextFromPairs, flaggedTexts, testExamples } from "../test-support";
import { nameMissing } from "./name-missing";

const missing = (ru: string, en: string) => flaggedTexts(nameMissing.run(contextFor(ru, en)));

testExamples(nameMissing);

describe("name-missing", () => {
  it("reads a name spelled out letter by letter as the English acronym it spells (Би-би-си: BBC), and misses it where another stands", () => {
    expect(missing("Об этом сообщает Би-би-си.", "The BBC reports this.")).toEqual([]);
    expect(missing("Интервью показали на Си-эн-эн.", "The interview was shown on CNN.")).toEqual([]);
    expect(missing("Он купил Би-эм-дабл-ю.", "He bought a BMW.")).toEqual([]);
    expect(missing("Интервью показали на Си-эн-эн.", "The interview was shown on NBC.")).toHaveLength(1);
  });

  it("finds a Korean or Chinese name in its English romanisation, and misses it where another name stands", () => {
    expect(missing("Президент Южной Кореи Ли Чжэ Мён посетил Сеул.", "South Korean President Lee Jae-myung visited Seoul.")).toEqual([]);
    expect(missing("Переговоры с Ли Чжэ Мёном прошли успешно.", "Talks with Lee Jae-myung went well.")).toEqual([]);
    expect(missing("Ким Чен Ын и его сестра Ким Ё Чжон прибыли в Пекин.", "Kim Jong Un and his sister Kim Yo Jong arrived in Beijing.")).toEqual([]);
    expect(missing("Тайваньский лидер Лай Циндэ выступил с речью.", "Taiwanese leader Lai Ching-te gave a speech.")).toEqual([]);
    expect(missing("Президент Южной Кореи Ли Чжэ Мён посетил Сеул.", "South Korean President Lee Jae-hoon visited Seoul.")).toHaveLength(1);
    expect(missing("Тайваньский лидер Лай Циндэ выступил с речью.", "Taiwanese leader Lai Wen-hsiung gave a speech.")).toHaveLength(1);
    expect(missing("Ким Ё Чжон сделала заявление.", "Kim Min-ji made a statement.")).toHaveLength(1);
  });

  it("finds each name's rendering after a list of thousands of names in the same sentence: a spelling, a close one, a compound's tail", () => {
    const roll = (stems: string[], letters: string) => Array.from({ length: 1500 }, (_, n) => stems[n % 3] + letters[n % 10] + letters[(n >> 2) % 10]).join(", ");
    const ru = `${roll(["Ерлан", "Дана", "Тимура"], "абвгдежзик")}; закон Госдумы подписали Александр Шольц и Барак Обама.`;
    const en = `${roll(["Yerlan", "Dana", "Timura"], "abvgdezhik")}; the Duma law was signed by Aleksandar Scholz and Barack Obama.`;
    const missingOfOwn = (english: string) =>
      nameMissing.run(contextFor(ru, english)).flatMap((f) => f.source?.text ?? []).filter((text) => /Госдум|Александр|Шольц|Обам/.test(text));
    expect(missingOfOwn(en)).toEqual([]);
    expect(missingOfOwn(en.replace("Barack Obama", "a guest"))).toEqual(["Барак Обама"]);
  });

  it("finds a name missing after one name said thousands of times in the same sentence", () => {
    const ru = `${"Ержан Тимуров ".repeat(3000)}и назначение Аскара Умарова в Казахстане.`;
    const en = (own: string) => `${"Yerzhan Timurov ".repeat(3000)}and the appointment of ${own} in Kazakhstan.`;
    const missingOfOwn = (target: string) => nameMissing.run(contextFor(ru, target)).flatMap((f) => f.source?.text ?? []).filter((text) => /Аскар|Умаров/.test(text));
    expect(missingOfOwn(en("Askar Umarov"))).toEqual([]);
    expect(missingOfOwn(en("a guest"))).toEqual(["Аскара Умарова"]);
  });

  it("names the missing person in the message and points at the source name", () => {
    const [finding] = nameMissing.run(contextFor("Об этом рассказал генеральный секретарь партии Михаил Корб.", "The general secretary of the party said this."));
    expect(finding.source?.text).toBe("Михаил Корб");
    expect(finding.message).toContain("Mikhail Korb");
    expect(finding.suggestion).toBeNull();
  });

  it("finds a country under its English name, and a removed one", () => {
    expect(nameMissing.run(contextFor("Отношения с Катаром разорвали ОАЭ и Египет.", "Qatar's relations were severed by the UAE and Egypt."))).toEqual([]);
    expect(flaggedTexts(nameMissing.run(contextFor("Отношения с Катаром разорвали ОАЭ и Египет.", "Relations were severed by the UAE and Egypt.")))).toHaveLength(1);
    expect(flaggedTexts(nameMissing.run(contextFor("Число заболевших в России выросло.", "The number of cases grew.")))).toHaveLength(1);
  });

  it("accepts a name written into the next word, which the glued-word check reports", () => {
    expect(nameMissing.run(contextFor("Об этом рассказал «Спутник Казахстан».", "This was said by Sputnik Kazakhstanthat."))).toEqual([]);
  });

  it("requires a Latin-script name verbatim", () => {
    expect(flaggedTexts(nameMissing.run(contextFor("Об этом он сказал в интервью ERR.", "He said this in an interview.")))).toHaveLength(1);
    expect(nameMissing.run(contextFor("Об этом он сказал в интервью ERR.", "He said this in an interview with ERR."))).toEqual([]);
  });

  it("leaves alone what English often translates or drops: adjectives, familiar first names, abbreviations", () => {
    expect(nameMissing.run(contextFor("Парад прошёл на Красной площади.", "The parade took place on Red Square."))).toEqual([]);
    expect(nameMissing.run(contextFor("Потом Саша уехал.", "Then Alexander left."))).toEqual([]);
    expect(nameMissing.run(contextFor("Пресс-служба ГУ МЧС сообщила об этом.", "The emergencies ministry said so."))).toEqual([]);
  });

  it("accepts the English names of biblical figures and of England", () => {
    expect(nameMissing.run(contextFor("Иисус Христос - герой пьесы, поставленной в Англии.", "Jesus Christ is the hero of a play staged in England."))).toEqual([]);
  });

  it("does not report an untranslated sentence (the omission check's case)", () => {
    expect(nameMissing.run(contextFromPairs([["Михаил Корб уехал.", null]]))).toEqual([]);
  });

  it("accepts Europe and the West, and a classical name English spells with J", () => {
    expect(nameMissing.run(contextFor("Либерализм стал доминантой в Соединенных Штатах и Европе.", "Liberalism became dominant in the United States and Europe."))).toEqual([]);
    expect(nameMissing.run(contextFor("Она сокращает зависимость от Запада.", "It reduces its dependence on the West."))).toEqual([]);
    expect(nameMissing.run(contextFor("Как римский бог Янус, у иудаизма два лица.", "Like the Roman god Janus, Judaism has two faces."))).toEqual([]);
    // A J of another language's spelling is a spelling too (Jerevan), but another city is not.
    expect(nameMissing.run(contextFor("Он прилетел в Ереван.", "He arrived in Jerevan."))).toEqual([]);
    expect(flaggedTexts(nameMissing.run(contextFor("Он прилетел в Ереван.", "He arrived in Jericho.")))).toEqual(["He arrived in Jericho."]);
  });

  it("takes an initial for no name of its own, and the surname-shaped word after it for a surname", () => {
    expect(nameMissing.run(contextFor("Дм.Травин комментирует статью Вл.Суркова.", "D.Travin comments on V.Surkov's article."))).toEqual([]);
    const [finding] = nameMissing.run(contextFor("Дм.Травин комментирует статью.", "The article is commented on."));
    expect(finding?.source?.text).toBe("Травин");
  });

  it("leaves a name left in Cyrillic to the untranslated check", () => {
    expect(nameMissing.run(contextFor("Дм.Быков - Выхода нет", "Дм.Быков - No way out"))).toEqual([]);
  });

  it("requires a region named by a place adjective (Краснодарский край), not one named by a direction (Западный округ)", () => {
    const source = "Видео сняли в Краснодарском крае.";
    expect(flaggedTexts(nameMissing.run(contextFor(source, "The video was filmed in.")))).toEqual(["The video was filmed in."]);
    expect(nameMissing.run(contextFor(source, "The video was filmed in the Krasnodar Territory."))).toEqual([]);
    expect(nameMissing.run(contextFor("Млекопитающих завезли на Галапагосские острова.", "Mammals were brought to the Galapagos Islands."))).toEqual([]);
    expect(nameMissing.run(contextFor("Встреча пройдет в Западном округе.", "The meeting will be held in the Western district."))).toEqual([]);
    // Words that only begin like a region noun (островные, крайне) make no region's name.
    expect(nameMissing.run(contextFor("Английские островные колонии росли.", "Britain's island colonies grew."))).toEqual([]);
    expect(nameMissing.run(contextFor("Российские крайне правые партии слабы.", "Russia's far-right parties are weak."))).toEqual([]);
  });

  it("leaves to the translator what English expands, translates or drops: abbreviations with a case ending, bodies, familiar forms", () => {
    expect(missing("Солдаты ЦАХАЛа вошли в город.", "Israeli soldiers entered the city.")).toEqual([]);
    expect(missing("Ректор СПбГУ выступил с речью.", "The rector of St Petersburg University gave a speech.")).toEqual([]);
    expect(missing("Чиновники Минфина возразили.", "Treasury officials objected.")).toEqual([]);
    expect(missing("Это случилось в начале IV-го века.", "It happened early in the 4th century.")).toEqual([]);
    expect(missing("На всякого Егорку есть поговорка.", "There is a saying for everyone.")).toEqual([]);
    // A name that is none of these is still missed.
    expect(missing("Чиновники Минфина встретились с Кудриным.", "Treasury officials met.")).toEqual(["Treasury officials met."]);
  });

  it("takes a sentence's first word the dictionary lacks for a name only when a verb follows it, as after a subject", () => {
    for (const [source, target] of [
      ["Всередине 90-х здесь был рынок.", "In the mid-90s there was a market here."],
      ["Разкажыте свои истории в комментариях.", "Tell your stories in the comments."],
      ["Приветули всем от нашей команды!", "Hello everyone from our team!"],
    ]) {
      expect(flaggedTexts(nameMissing.run(contextFor(source, target)))).toEqual([]);
    }
    for (const [source, target] of [
      ["Шольц заявил о готовности к переговорам.", "The chancellor said he was ready for talks."],
      ["Шольц ответил на вопросы журналистов.", "The chancellor answered the journalists' questions."],
    ]) {
      expect(nameMissing.run(contextFor(source, target))).toHaveLength(1);
    }
  });

  it("pairs a leftover name with the only unexplained English name the name model finds possible (a foreign romanisation, a Greek θ)", () => {
    expect(missing("Саммит прошёл в Пхеньяне.", "The summit took place in Pyongyang.")).toEqual([]);
    expect(missing("Монахи живут на Афоне.", "Monks live on Mount Athos.")).toEqual([]);
    expect(missing("Саммит прошёл в Пхеньяне.", "The summit took place in Bangkok.")).toEqual(["The summit took place in Bangkok."]);
    expect(missing("Монахи живут на Афоне.", "Monks live on Mount Sinai.")).toEqual(["Monks live on Mount Sinai."]);
  });

  it("finds an organisation of the gazetteer under its English name, whatever Russian way the source names it", () => {
    expect(missing("Совфед одобрил закон.", "The Federation Council approved the law.")).toEqual([]);
    expect(missing("В Совфеде возразили.", "The Federation Council objected.")).toEqual([]);
    expect(missing("Совфед одобрил закон.", "The State Duma approved the law.")).toEqual(["The State Duma approved the law."]);
  });

  it("finds a name written out as the English word it transliterates, in lower case", () => {
    expect(missing("Вчера открылся Клаб на Арбате.", "Yesterday a club opened on the Arbat.")).toEqual([]);
    expect(missing("Вчера открылся Клаб на Арбате.", "Yesterday a bar opened on the Arbat.")).toEqual(["Yesterday a bar opened on the Arbat."]);
    // A short word is no rendering, however well it scores (and for Ан-24).
    expect(missing("Вчера упал самолёт Ан-24.", "Yesterday an aircraft crashed.")).toEqual(["Yesterday an aircraft crashed."]);
  });

  it("finds a name written out in lower case, or in part, after thousands of look-alike words in the same sentence", () => {
    const ru = Array.from({ length: 1500 }, (_, n) => ["Мoсква", "пpезидент", "Kазахстан"][n % 3]).join(" ");
    const en = Array.from({ length: 1500 }, (_, n) => ["Mоscow", "prеsident", "Каzakhstan"][n % 3]).join(" ");
    const own = (ruTail: string, enTail: string) => nameMissing.run(contextFor(`${ru} ${ruTail}`, `${en} ${enTail}`)).flatMap((f) => f.source?.text ?? []).filter((t) => /Клаб|Римский/.test(t));
    expect(own("и открылся Клаб.", "and a club opened.")).toEqual([]);
    expect(own("и открылся Клаб.", "and a bar opened.")).toEqual(["Клаб"]);
    expect(own("и Римский-Корсаков.", "and Rimsky.")).toEqual([]);
  });

  it("leaves out a person or place the translation named before when it is clear who or where", () => {
    const missingIn = (pairs: Array<[string, string]>) => flaggedTexts(nameMissing.run(contextFromPairs(pairs)));
    // A sentence between: a name in the sentence right before may be one the aligner moved.
    const between: [string, string] = ["Матч начался в семь вечера.", "The match began at seven in the evening."];
    const person: [string, string] = ["Форвард Олег Кузнецов вернулся в команду.", "Forward Oleg Kuznetsov returned to the team."];
    expect(missingIn([person, between, ["Болельщики приветствовали Кузнецова.", "The fans welcomed him."]])).toEqual([]);
    const singer: [string, string] = ["Певица Анна Зорина дала концерт.", "Singer Anna Zorina gave a concert."];
    expect(missingIn([singer, between, ["Зорину провожали овациями.", "She was seen off with an ovation."]])).toEqual([]);
    // No pronoun for the person, or a pronoun of the other gender: the name is missing.
    expect(missingIn([person, between, ["Болельщики приветствовали Кузнецова.", "The fans cheered."]])).toEqual(["The fans cheered."]);
    expect(missingIn([person, between, ["Болельщики приветствовали Кузнецова.", "The fans welcomed her."]])).toEqual(["The fans welcomed her."]);
    const place: [string, string] = ["Команда прилетела в Торонто.", "The team flew to Toronto."];
    expect(missingIn([place, between, ["В Торонто пройдут две игры.", "Two games will be held there."]])).toEqual([]);
    // Named before under a longer name of the same place.
    const city: [string, string] = ["Парад прошёл в Санкт-Петербурге.", "The parade took place in St. Petersburg."];
    expect(missingIn([city, between, ["В Петербурге было солнечно.", "It was sunny."]])).toEqual([]);
    // Named for the first time, the name must be there.
    expect(missingIn([["В Торонто пройдут две игры.", "Two games will be held there."], between, place])).toEqual(["Two games will be held there."]);
  });

  it("leaves implied the country owning an institution named by a capitalised noun (Банк России), not a country elsewhere", () => {
    expect(missing("Кроме того, Банк России снизил ставку.", "Also, the Central Bank cut the rate.")).toEqual([]);
    expect(missing("Кроме того, банки России снизили ставки.", "Also, the banks cut their rates.")).toEqual(["Also, the banks cut their rates."]);
  });

  it("ends a person's name before a common noun that opens a heading, and reads no censored word as a name", () => {
    expect(nameMissing.run(contextFor("Ольга Смирнова Новость про погоду в городе.", "Olga Smirnova News about the weather in the city."))).toEqual([]);
    expect(flaggedTexts(nameMissing.run(contextFor("Ольга Смирнова Новость про погоду в городе.", "News about the weather in the city.")))).toHaveLength(1);
    expect(nameMissing.run(contextFor("Ну и Бл\\ть этот Google!", "What crap this Google is!"))).toEqual([]);
    // A Markdown escape before a hyphen masks nothing: Telegram is still a name.
    expect(flaggedTexts(nameMissing.run(contextFor("Видео вышло в Telegram\\-канале ведомства.", "The video came out on the agency's channel.")))).toHaveLength(1);
  });

  it("finds a hyphenated name by one of its parts, and misses it when none is there", () => {
    expect(nameMissing.run(contextFor("Блаженная Варвара-Краса пришла к нам.", "The Blessed Barbara came to us."))).toEqual([]);
    expect(nameMissing.run(contextFor("Вчера в клубе выступил Жан-Клод Дюбуа.", "Yesterday Jean Dubois performed at the club."))).toEqual([]);
    expect(flaggedTexts(nameMissing.run(contextFor("Блаженная Варвара-Краса пришла к нам.", "The Blessed came to us.")))).toHaveLength(1);
    expect(flaggedTexts(nameMissing.run(contextFor("Вчера звучала музыка Римского-Корсакова.", "Yesterday the music of the composer was played.")))).toHaveLength(1);
  });
});

describe("name-missing: one English word for two mentions", () => {

  it("reports a place named twice in the source and once in English, where one mention was dropped", () => {
    expect(missing("Посол Германии напомнил, что Германия выплатила долг.", "The German ambassador recalled that paid the debt.")).toHaveLength(1);
    expect(missing("Посол Германии напомнил, что Германия выплатила долг.", "The German ambassador recalled that Germany paid the debt.")).toEqual([]);
    expect(missing("Министр Японии сказал, что Япония не отступит.", "The Japanese minister said that will not back down.")).toHaveLength(1);
    expect(missing("Министр Японии сказал, что Япония не отступит.", "Japan's minister said that Japan will not back down.")).toEqual([]);
  });

  it("reports a person named twice and rendered once, unless a pronoun stands for the second mention", () => {
    const source = "Дочь Марко Бьянки вспоминает, как Марко Бьянки учил её рисовать.";
    expect(missing(source, "Marco Bianchi's daughter remembers how taught her to draw.")).toHaveLength(1);
    expect(missing(source, "Marco Bianchi's daughter remembers how Marco Bianchi taught her to draw.")).toEqual([]);
    expect(missing(source, "Marco Bianchi's daughter remembers how he taught her to draw.")).toEqual([]);
  });

  it("accepts another form of the shared word for the other mention (British and Britain, Jewish and Jews)", () => {
    expect(missing("Депутат британского парламента осудил убийства в Британии.", "A member of the British Parliament condemned the murders in Britain.")).toEqual([]);
    expect(missing("В Хайфе живут тысячи евреев, заявили в иудейской общине.", "Thousands of Jews live in Haifa, the Jewish community said.")).toEqual([]);
  });
});

describe("name-missing: a surname in -ский that is no common adjective", () => {

  it("is a person's name, required in English even opening the sentence", () => {
    expect(missing("Достоевский писал об этом в дневнике.", "wrote about this in his diary.")).toHaveLength(1);
    expect(missing("Достоевский писал об этом в дневнике.", "Dostoevsky wrote about this in his diary.")).toEqual([]);
    expect(missing("Об этом рассказал Жванецкий.", "This was told by the writer.")).toHaveLength(1);
    expect(missing("Об этом рассказал Жванецкий.", "Zhvanetsky told about it.")).toEqual([]);
  });

  it("while a common adjective capitalised stays one English may translate (Римский)", () => {
    expect(missing("Папа Римский прибыл в Ирак.", "The Pope arrived in Iraq.")).toEqual([]);
  });
});

describe("name-missing: a place's adjective after a capitalised word", () => {

  it("is required when it goes with the noun after it or follows a preposition, even if a capitalised word is left", () => {
    expect(missing("Глава Тверской епархии посетил Ржев.", "The head of the Vatican diocese visited Rzhev.")).toHaveLength(1);
    expect(missing("Глава Тверской епархии посетил Ржев.", "The head of the Tver diocese visited Rzhev.")).toEqual([]);
    expect(missing("Без российских инженеров завод не построить.", "Without the Madrid engineers, the plant cannot be built.")).toHaveLength(1);
    expect(missing("Без российских инженеров завод не построить.", "Without Russian engineers, the plant cannot be built.")).toEqual([]);
  });

  it("ends a title English may translate whole after a capitalised noun (Патриарх Московский)", () => {
    expect(missing("Патриарх Московский и всея Руси Кирилл прибыл в Минск.", "Patriarch Kirill of All Russia arrived in Minsk.")).toEqual([]);
  });
});

describe("name-missing: organisations by abbreviation, dates, literal persons", () => {

  it("requires a country or a gazetteer organisation named by an abbreviation unless an acronym or capitalised words stand for it", () => {
    expect(missing("Решение одобрила Генассамблея ООН.", "The decision was approved by the assembly.")).toHaveLength(1);
    expect(missing("Решение одобрила Генассамблея ООН.", "The decision was approved by the UN assembly.")).toEqual([]);
    expect(missing("Решение одобрила Генассамблея ООН.", "The decision was approved by the General Assembly.")).toEqual([]);
    expect(missing("Позицию РПЦ изложил священник.", "The priest set out the position.")).toHaveLength(1);
    expect(missing("Позицию РПЦ изложил священник.", "The priest set out the position of the Russian Orthodox Church.")).toEqual([]);
    expect(missing("Позицию РПЦ изложил священник.", "The priest set out the ROC's position.")).toEqual([]);
    // A common word capitalised only because it opens the sentence stands for no name.
    expect(missing("Жалобу в ЕСПЧ подали двое.", "Two people filed a complaint.")).toHaveLength(1);
    expect(missing("Жалобу в ЕСПЧ подали двое.", "Two people filed a complaint with the ECHR.")).toEqual([]);
    expect(missing("Вчера посол РФ выступил с речью.", "Yesterday the ambassador gave a speech.")).toHaveLength(1);
    expect(missing("Вчера посол РФ выступил с речью.", "Yesterday the Russian ambassador gave a speech.")).toEqual([]);
    // Other abbreviations English often gives as common words: the media, the police.
    expect(missing("По данным СМИ, он уехал.", "According to the media, he left.")).toEqual([]);
    expect(missing("Об этом сообщили в МВД.", "The police said so.")).toEqual([]);
  });

  it("takes no month for the English name of a body", () => {
    expect(missing("Закон приняла Госдума в марте.", "The law was passed in March.")).toHaveLength(1);
    expect(missing("Закон приняла Госдума в марте.", "The law was passed by the State Duma in March.")).toEqual([]);
  });

  it("takes a capitalised word for a person's name translated only when every missing word has a meaning, or for a byname", () => {
    expect(missing("Лекцию в Доме учёных прочитал Пётр Зайцев.", "The lecture at the House of Scientists was given.")).toHaveLength(1);
    expect(missing("Икону Иоанна Крестителя привезли в собор.", "The icon of John the Baptist was brought to the cathedral.")).toEqual([]);
  });
});

describe("name-missing: an abbreviation replaced by another", () => {

  it("reports one when every English abbreviation no source word accounts for is shorter", () => {
    expect(missing("Полис ОСАГО подорожает с мая.", "The NASA policy will cost more from May.")).toHaveLength(1);
    expect(missing("Вспышка ОРВИ закрыла школы Твери.", "An outbreak of DLB closed schools in Tver.")).toHaveLength(1);
    expect(missing("Игроки ММОРПГ собрались в Казани.", "GOST players gathered in Kazan.")).toHaveLength(1);
  });

  it("accepts an English abbreviation of as many letters or more (OSAGO, ARVI, ISIS for ИГ, EMERCOM for МЧС), or none", () => {
    expect(missing("Полис ОСАГО подорожает с мая.", "The OSAGO policy will cost more from May.")).toEqual([]);
    expect(missing("Вспышка ОРВИ закрыла школы Твери.", "An outbreak of ARVI closed schools in Tver.")).toEqual([]);
    expect(missing("Боевики ИГ взорвали мост в Мосуле.", "ISIS fighters blew up a bridge in Mosul.")).toEqual([]);
    expect(missing("Сотрудники МЧС потушили пожар.", "EMERCOM staff put out the fire.")).toEqual([]);
    expect(missing("Рост ВВП в Чили замедлился.", "Growth of the gross domestic product in Chile slowed.")).toEqual([]);
  });

  it("takes two capitals for too little to tell (AM), and reads no shouted word as an abbreviation", () => {
    expect(missing("ДТП произошло в 11:28 у Твери.", "The accident occurred at 11:28 AM near Tver.")).toEqual([]);
    expect(missing("ПОМОГИТЕ, ГДЕ мой кот?", "HELP, WHERE is my cat?")).toEqual([]);
    expect(missing("Игра опять зависла, КАПЕЦ.", "The game froze again, DAMN.")).toEqual([]);
  });

  it("finds a name whose first letter is a capital with an accent or stroke (Ødegaard, Łamża, Šimek)", () => {
    expect(missing("Гол забил Мартин Эдегор.", "The goal was scored by Martin Ødegaard.")).toEqual([]);
    expect(missing("Об этом сообщил Лукаш Ламжа.", "This was reported by Łukasz Łamża.")).toEqual([]);
    expect(missing("Эдегор забил гол в ворота «Челси».", "Ødegaard scored a goal against Chelsea.")).toEqual([]);
  });
});

describe("name-missing: names English renders by a translation or its own form", () => {
  it("takes an adjective byname after a first name and 'the' for translated (Ivan the Terrible), and misses one dropped", () => {
    expect(missing("Пётр Великий основал город.", "Peter the Great founded the city.")).toEqual([]);
    expect(missing("Ярослав Мудрый правил в Киеве.", "Yaroslav the Wise ruled in Kiev.")).toEqual([]);
    expect(missing("Царь Иван Грозный взял Казань.", "Tsar Ivan the Terrible took Kazan.")).toEqual([]);
    expect(missing("Пётр Великий основал город.", "Peter founded the city.")).toHaveLength(1);
    expect(missing("Иван Грозный взял Казань.", "Ivan took Kazan.")).toHaveLength(1);
  });

  it("finds a code written with the Latin capitals drawn like its Cyrillic ones (МС-21: MC-21), and misses another code", () => {
    expect(missing("Самолёт МС-21 совершил первый полёт.", "The MC-21 aircraft made its first flight.")).toEqual([]);
    expect(missing("Компания закупит ТУ-204 и МС-21.", "The company will buy TU-204 and MC-21 planes.")).toEqual([]);
    expect(missing("Самолёт МС-21 совершил первый полёт.", "The aircraft made its first flight.")).toHaveLength(1);
    expect(missing("Самолёт МС-21 совершил первый полёт.", "The MC-22 aircraft made its first flight.")).toHaveLength(1);
  });

  it("finds a region made from a river's or mountains' name by that name (Поволжье: the Volga region), and misses it dropped", () => {
    expect(missing("Засуха ударила по Поволжью.", "The drought hit the Volga region.")).toEqual([]);
    expect(missing("Фермеры Прикамья собрали урожай.", "Farmers of the Kama region gathered the harvest.")).toEqual([]);
    expect(missing("Засуха ударила по Поволжью.", "The drought hit the region.")).toHaveLength(1);
    expect(missing("Фермеры Прикамья собрали урожай.", "Farmers of the region gathered the harvest.")).toHaveLength(1);
    expect(missing("Засуха ударила по Поволжью, а Волгоград устоял.", "The drought hit the region, but Volgograd held.")).toHaveLength(1);
  });

  it("leaves a name in a sentence rendered by an English equivalent, none of its known words translated, and misses one dropped from a word-for-word one", () => {
    expect(missing("Не было печали, так черти накачали, говаривал дед Антон.", "Trouble never comes alone.")).toEqual([]);
    expect(missing("Седина в бороду, бес в ребро, как говорит Николай.", "There's no fool like an old fool.")).toEqual([]);
    expect(missing("На Бога надейся, а сам не плошай.", "Heaven helps those who help themselves.")).toEqual([]);
    expect(missing("Пока гром не грянет, Степан не перекрестится.", "Until the thunder strikes, the man will not cross himself.")).toHaveLength(1);
    expect(missing("Новый директор Степан вчера открыл большую школу в городе.", "The new director opened a big school in the city yesterday.")).toHaveLength(1);
    expect(missing("Министр Сергей Лавров провёл переговоры в Женеве.", "The minister held talks in Geneva.")).toHaveLength(1);
  });
});
