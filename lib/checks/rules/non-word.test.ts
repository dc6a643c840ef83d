import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { nonWord } from "./non-word";

testExamples(nonWord);

const suggestionsFor = (source: string, target: string) => nonWord.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);

describe("non-word", () => {
  it("leaves a short word of a title transliterated whole with its neighbours, not a conjunction left between two names", () => {
    const flaggedIn = (ru: string, en: string) => flaggedTexts(nonWord.run(contextFor(ru, en)));
    expect(flaggedIn("Еженедельник «Аргументы и факты» выходит по средам.", "The weekly Argumenty i Fakty comes out on Wednesdays.")).toEqual([]);
    expect(flaggedIn("Журнал «Россия в глобальной политике» вышел.", "The journal Rossiya v Globalnoy Politike came out.")).toEqual([]);
    expect(flaggedIn("Ресторан «Кот и пёс» закрылся.", "The restaurant Kot i Pyos has closed.")).toEqual([]);
    expect(flaggedIn("Встреча Путина и Трампа прошла на Аляске.", "The meeting of Putin i Trump took place in Alaska.")).toEqual(["i"]);
    expect(flaggedIn("Он пришёл и сел.", "He came i sat.")).toEqual(["i"]);
  });

  it("leaves a Korean or Chinese given name written as one hyphenated word, and flags a slip in a word beside it", () => {
    const flaggedIn = (ru: string, en: string) => flaggedTexts(nonWord.run(contextFor(ru, en)));
    expect(flaggedIn("Президент Ли Чжэ Мён посетил Сеул.", "President Lee Jae-myung visited Seoul.")).toEqual([]);
    expect(flaggedIn("Тайваньский лидер Лай Циндэ выступил.", "Taiwanese leader Lai Ching-te spoke.")).toEqual([]);
    expect(flaggedIn("Тайваньский лидер Лай Циндэ выступил.", "Taiwanese leader Lai Ching-te spoek.")).toEqual(["spoek"]);
  });

  it("flags a capitalised word one letter from a dictionary word", () => {
    const findings = nonWord.run(contextFor("Команда покинула Премьер-лигу.", "The team left the Premier Leage."));
    expect(findings.map((f) => [f.target.text, f.suggestion])).toEqual([["Leage", "League"]]);
  });

  it("leaves a spelling the name data attests for the source name, in a hyphenated name too; not a slip it lacks", () => {
    expect(suggestionsFor("Кубинский лидер Мигель Диас-Канель прибыл в Минск.", "Cuban leader Miguel Diaz-Canel arrived in Minsk.")).toEqual([]);
    expect(suggestionsFor("Глава Мадрида Исабель Диас-Айюсо выступила с речью.", "Madrid leader Isabel Diaz-Ayuso gave a speech.")).toEqual([]);
    expect(suggestionsFor("Владимир Путин провёл встречу.", "Vladimr Putin held a meeting.")).toEqual([["Vladimr", "Vladimir"]]);
  });

  it("takes no word one slip from a two-letter rendering of a source name for a slip in it", () => {
    expect(suggestionsFor("Норвежец Йоханнес Бё выиграл спринт.", "Norway's Johannes Boe won the sprint.")).toEqual([]);
    expect(suggestionsFor("Биатлонист Тарьей Бё завершил карьеру.", "Biathlete Tarjei Boe has retired.")).toEqual([]);
  });

  it("leaves a short capitalised foreign word inside a lower-case sentence, however near an English word", () => {
    expect(suggestionsFor("Певица Лорд выступила в Окленде.", "The singer Lorde performed in Auckland in the spring.")).toEqual([]);
    expect(suggestionsFor("Собор Парижской Богоматери вновь открылся для туристов.", "The cathedral of Notre Dame reopened to tourists.")).toEqual([]);
    expect(suggestionsFor("Он пил шампанское «Вдова Клико» на свадьбе друга.", "He drank Veuve Clicquot at his friend's wedding.")).toEqual([]);
  });

  it("still takes a capitalised word for a slip in a lower-case word when long, in a title, or where the source has that word", () => {
    expect(suggestionsFor("Мэр встретился с людьми.", "The mayor met angry Resdents downtown.")).toEqual([["Resdents", "Residents"]]);
    expect(suggestionsFor("Мэр встретился с жителями.", "Mayor Meets Angry Votrs Downtown")).toEqual([["Votrs", "Voters"]]);
    expect(suggestionsFor("Команда покинула Премьер-лигу.", "The team left the Premier Leage.")).toEqual([["Leage", "League"]]);
  });

  it("suggests, of the words a slip away, the one that translates a word of the source", () => {
    const suggested = (source: string, target: string) => nonWord.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    expect(suggested("Он купил книгу.", "He bought a bokk.")).toEqual([["bokk", "book"]]);
    expect(suggested("Она вызвала врача.", "She called a docter.")).toEqual([["docter", "doctor"]]);
    expect(suggested("Они купили лошадь.", "They bought a horce.")).toEqual([["horce", "horse"]]);
    expect(suggested("Он посадил дерево.", "He planted a trea.")).toEqual([["trea", "tree"]]);
    // Where the source says nothing of either word, the speller's order stands.
    expect(suggested("Он купил это.", "He bought a bokk.")).toEqual([["bokk", "bock"]]);
  });

  it("flags a slip in a month or a nationality, words English capitalises that are not names", () => {
    const context = contextFor("Суд назначен на 16 февраля, сообщил украинский адвокат.", "The hearing is set for Feburary 16, the Ukranian lawyer said.");
    expect(nonWord.run(context).map((f) => [f.target.text, f.suggestion])).toEqual([["Feburary", "February"], ["Ukranian", "Ukrainian"]]);
  });

  it("flags a slip in a word the name matcher only guessed to render a source name, not a name that keeps its consonants", () => {
    const slip = contextFor("По данным Минобороны, испытания идут по плану.", "According to the Minstry of Defense, testing is on schedule.");
    expect(nonWord.run(slip).map((f) => [f.target.text, f.suggestion])).toEqual([["Minstry", "Ministry"]]);
    const name = contextFor("Испытана ракета «Циркон» нового типа.", "A new type of rocket, the Zirkon, was tested.");
    expect(flaggedTexts(nonWord.run(name))).toEqual([]);
  });

  it("flags a long word two slips off: vowels swapped across a letter, doubled letters misplaced", () => {
    const context = contextFor("Это сделать относительно легко, животные привыкли.", "This is relitavely easy, the animals are acustommed to it.");
    expect(nonWord.run(context).map((f) => [f.target.text, f.suggestion])).toEqual([["relitavely", "relatively"], ["acustommed", "accustomed"]]);
    expect(flaggedTexts(nonWord.run(contextFor("Водители выстроились в очередь.", "Drivers queued up at the Dostyk checkpoint.")))).toEqual([]);
  });

  it("leaves a name one slip from a capitalised dictionary name: it is more often another name", () => {
    const context = contextFor("Выступил тренер Жозеп Гвардиола.", "Coach Josep Guardiola spoke.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("accepts British spellings", () => {
    const context = contextFor("Министерство обороны организовало работу.", "The Defence Ministry organised the work.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("accepts words the source writes in Latin letters", () => {
    const context = contextFor("Канал WarGonzo и сайт Orda сообщили об этом.", "The WarGonzo channel and Orda reported it.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("accepts transliterated Russian words and names, inflected or not", () => {
    const context = contextFor("Жители села Кроткого и Михаил Корб.", "Residents of the selo of Krotkoye and Mikhail Korb.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("accepts glossary targets", () => {
    const glossary = [{ source: "Кызылорда", target: "Qyzylorda", kind: "OFFICIAL_SPELLING" as const }];
    const context = contextFor("В Кызылорде тихо.", "It is quiet in Qyzylorda.", glossary);
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("takes a short vowel-less word after a number for a unit, not a slip; a slip after a number is still one", () => {
    const context = contextFor("Купил 3 шт. за 5 ч., ехал 40 миль в час.", "Bought 3 pcs in 5 hrs, driving 40 mph; it took 3 yaers.");
    expect(nonWord.run(context).map((f) => [f.target.text, f.suggestion])).toEqual([["yaers", "years"]]);
  });

  it("checks the long words of a sentence written in capitals, and suggests in capitals", () => {
    const context = contextFor("ПОЖАЛУЙСТА, ПОВТОРИТЕ ПОПЫТКУ ПОЗЖЕ", "PLEASE TRY AGAIN LATTTER");
    expect(nonWord.run(context).map((f) => [f.target.text, f.suggestion])).toEqual([["LATTTER", "LATTER"]]);
  });

  it("leaves capitals alone in a sentence that is not written in capitals", () => {
    const context = contextFor("Представитель КОМАНДЫ выступил.", "A spokesman for the TEAMM spoke.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("checks words offered as alternatives between slashes, not paths, handles or units", () => {
    const slip = contextFor("Он продаёт книги/журналы/газеты.", "He sells books/magazins/newspapers.");
    expect(nonWord.run(slip).map((f) => [f.target.text, f.suggestion])).toEqual([["magazins", "magazines"]]);
    expect(nonWord.run(contextFor("Звоните или пишите.", "Call and/or wirte.")).map((f) => f.target.text)).toEqual(["wirte"]);
    const code = contextFor("Пишите u/vasya, 60 км/ч, kp.ru/nevs.", "Write to u/vasya, 60 km/h, kp.ru/nevs.");
    expect(flaggedTexts(nonWord.run(code))).toEqual([]);
  });

  it("skips acronyms, ordinals and web addresses", () => {
    const context = contextFor("В 20-м веке НКВД.", "In the 20th century the NKVD wrote to err.ee.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });
});

describe("non-word: short tokens", () => {
  it("flags what is left of a word that lost letters", () => {
    const context = contextFor("Это должно быть сделано.", "It should e done du to the rules.");
    expect(nonWord.run(context).map((f) => [f.target.text, f.suggestion])).toEqual([["e", null], ["du", null]]);
  });

  it("leaves enumerations, initials and name particles alone", () => {
    const context = contextFor("Пункт б) и генерал де Голль.", "Item b) of the rules, (c) and General de Gaulle, J. Smith and a plan.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("flags a two-letter abbreviation the dictionary has but English hardly writes, not one it writes every day", () => {
    expect(flaggedTexts(nonWord.run(contextFor("Я учу правила в отдельном приложении.", "I learn the rules in a separate pp now.")))).toEqual(["pp"]);
    expect(flaggedTexts(nonWord.run(contextFor("Вечером всё было ок.", "In the evening all was ok.")))).toEqual([]);
  });

  it("joins a contraction or possessive split at its apostrophe, written as an accent or a backtick, not a slip before one", () => {
    expect(flaggedTexts(nonWord.run(contextFor("Он не пришёл в брата дом.", "He didn ´ t come to his brother`s house.")))).toEqual([]);
    expect(flaggedTexts(nonWord.run(contextFor("Он не пришёл в дом брата.", "He did not come to his brotehr`s house.")))).toEqual(["brotehr"]);
  });

  it("takes a short word before a name for its particle only when the source writes the particle too", () => {
    expect(flaggedTexts(nonWord.run(contextFor("Генерал аль Асад прибыл.", "General al Assad arrived.")))).toEqual([]);
    expect(flaggedTexts(nonWord.run(contextFor("Скажи, Спартак жив?", "Tell me, ar Spartacus alive?")))).toEqual(["ar"]);
  });
});

describe("non-word: words the dictionary lacks but English forms", () => {
  it("accepts derivations of dictionary words and names in the possessive", () => {
    const context = contextFor("Неразорвавшиеся снаряды и клуб Тарту.", "Unexploded shells, the remainers and Tartu's club.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("accepts hyphenated compounds the dictionary writes solid and reduplications, not a slip inside a compound", () => {
    const target = "Knick-knacks, zig-zag roads, roly-polies and helter-skelter talk; a well-knwon story.";
    const findings = nonWord.run(contextFor("Безделушки, извилистые дороги, неваляшки и суматоха; известная история.", target));
    expect(findings.map((f) => [f.target.text, f.suggestion])).toEqual([["well-knwon", "well-known"]]);
  });

  it("accepts a prefix on a four-letter word (subnets, unpaid), not a slip in one", () => {
    const context = contextFor("Разблокировали три подсети и неоплаченные счета.", "Three subnets and the unpaid bills were unlocked; the nets were shut.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
    expect(nonWord.run(contextFor("Счета не оплачены.", "The bills are unpayd.")).map((f) => f.suggestion)).toEqual(["unpaid"]);
  });

  it("accepts a derivation whose stem lost its final e before the suffix", () => {
    const context = contextFor("Смутьян и сапёры начали работу.", "The rabble-rouser left and the bomb diffusers began.");
    expect(flaggedTexts(nonWord.run(context))).toEqual([]);
  });

  it("does not take a stem's final e before a vowel suffix for a derivation", () => {
    expect(nonWord.run(contextFor("Бастующие.", "The strikeers left.")).map((f) => f.suggestion)).toEqual(["strikers"]);
  });
});

describe("non-word: calques of Russian derivations", () => {
  const issues = (source: string, target: string) => nonWord.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);

  it("gives -ificate back its English -ify", () => {
    expect(issues("К весне электрифицируют ещё две линии.", "By spring two more lines will be electrificated.")).toEqual([["electrificated", "electrified"]]);
    expect(issues("Посёлки газифицируют к зиме.", "The villages will be gasificated by winter.")).toEqual([["gasificated", "gasified"]]);
  });

  it("takes the Latin -ate off an English verb", () => {
    expect(issues("Всех сотрудников аттестуют заново.", "All employees will be attestated again.")).toEqual([["attestated", "attested"]]);
  });

  it("flags an English noun made an agent noun in -ist where the source has one in -ист, without a fix", () => {
    expect(issues("Хоккеисты вышли на лёд, а дзюдоисты уехали.", "The hockeyists went onto the ice and the judoists left.")).toEqual([
      ["hockeyists", null],
      ["judoists", null],
    ]);
    expect(issues("Они отрицают изменение климата.", "They are climate denialists.")).toEqual([]);
  });
});

describe("non-word: what the exemptions let through", () => {
  const issues = (source: string, target: string) => nonWord.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);

  it("leaves words of other scripts to the untranslated check", () => {
    expect(issues("Он ответил «нет» и ушёл.", "He answered «нет» and left.")).toEqual([]);
    expect(issues("Угол α равен β.", "The angle α equals β.")).toEqual([]);
  });

  it("accepts an accent English may keep or drop", () => {
    expect(issues("Это наивно, как кафе и резюме.", "It is naïve, like the café and the résumé.")).toEqual([]);
  });

  it("takes no ending for a derivation that English spells otherwise after the stem's last letters", () => {
    expect(issues("Его осудили, а бухгалтеров уволили.", "He was convictd and the accountants were dismissd.")).toEqual([
      ["convictd", "convicted"],
      ["dismissd", "dismissed"],
    ]);
    expect(flaggedTexts(nonWord.run(contextFor("Три класса и две партии.", "Three classs and two partys.")))).toEqual(["classs", "partys"]);
  });

  it("takes no plural ending on a past form for a derivation, and keeps a plural of a noun in -ed", () => {
    expect(flaggedTexts(nonWord.run(contextFor("Старые друзья и нужные вещи.", "Old frieds and wanteds things.")))).toEqual(["frieds", "wanteds"]);
    expect(issues("Они посеяли семена в сараях.", "They sowed the seeds in the sheds.")).toEqual([]);
  });

  it("keeps a capitalised plural of a capitalised dictionary word", () => {
    expect(issues("Ленинцы, марксисты и крымчане.", "Leninists, Marxists and Crimeans.")).toEqual([]);
  });

  it("takes a prefixed reading for a slip when the word lies a slip from a word made otherwise", () => {
    expect(issues("Он сохраняет подробности.", "He retans the deails.")).toEqual([["retans", "retains"], ["deails", "details"]]);
    expect(issues("Неразорвавшиеся снаряды в подсетях.", "Unexploded shells in the subnets.")).toEqual([]);
  });

  it("flags a slip in an English word the source word shares its stem with, and suggests that word", () => {
    expect(issues("Его статус не изменился.", "His sttus has not changed.")).toEqual([["sttus", "status"]]);
    expect(issues("Партнёры подписали договор.", "The parners signed the contract.")).toEqual([["parners", "partners"]]);
    expect(issues("Видео опубликовали вчера.", "The vieo was posted yesterday.")).toEqual([["vieo", "video"]]);
  });

  it("keeps a word of a name of several capitalised words that renders the source's name", () => {
    expect(issues("Открылся фестиваль «Шарк гулшани».", "The Sharq Gulshani festival opened.")).toEqual([]);
    expect(issues("Ансамбль «Торк баяни» выступил.", "The Torq Bayani ensemble performed.")).toEqual([]);
  });

  it("flags a word that only looks like a source word, no spelling of it the name model sees, a slip from a frequent word", () => {
    expect(issues("Нужно это прекратить немедленно.", "We need to sto it right away.")).toEqual([["sto", "stop"]]);
    // The model reads sobor as собор: a transliteration, however close "sober" lies.
    expect(issues("Они посетили собор.", "They visited the sobor.")).toEqual([]);
  });

  it("flags a slip in a word the source writes in Latin letters", () => {
    expect(issues("Я купил oculus вчера.", "I bought an oulus yesterday.")).toEqual([["oulus", "oculus"]]);
    expect(issues("Я купил oculus вчера.", "I bought an oculus yesterday.")).toEqual([]);
  });

  it("takes a sentence's first source word for a name only when the dictionary reads it as one", () => {
    expect(issues("Калька с английского.", "Calca from English.")).toEqual([["Calca", "Calla"]]);
    expect(issues("Шрёдер выступил, Мюллер промолчал.", "Schroder spoke, Muller was silent.")).toEqual([]);
  });

  it("keeps a faithful transliteration a slip from an English word", () => {
    expect(issues("Она купила хлеб в «Магните».", "She bought bread at Magnit.")).toEqual([]);
    expect(issues("Он пишет на Реддите каждый день.", "He writes on Reddit every day.")).toEqual([]);
  });

  it("reads a sentence's first word as lower case: its capital says nothing of a name", () => {
    expect(issues("Суд вынес решение.", "Teh court ruled.")).toEqual([["Teh", "The"]]);
    expect(issues("Кто это сделал?", "Hwo did it?")).toEqual([["Hwo", "Who"]]);
    expect(issues("Шольц прибыл в Рим.", "Scholz arrived in Rome.")).toEqual([]);
  });

  it("flags a capitalised word with its first two letters swapped", () => {
    expect(issues("Министерство обороны сообщило.", "The Defence Imnistry reported.")).toEqual([["Imnistry", "Ministry"]]);
  });

  it("flags a slip in a source name's dictionary rendering, not a scheme's variant or another form of the name", () => {
    expect(issues("Владимир Путин прибыл.", "Vladimr Putin arrived.")).toEqual([["Vladimr", "Vladimir"]]);
    expect(issues("Сергей Лавров прибыл в Дзержинск.", "Sergey Lavrov arrived in Dzerzhinsk.")).toEqual([]);
    expect(issues("Брижит Макрон прибыла в Берлин.", "Brigette Macron arrived in Berlin.")).toEqual([]);
    expect(issues("Сальвини и Кылычдароглу встретились.", "Salvini and Kılıçdaroğlu met.")).toEqual([]);
  });

  it("reads a word split in two by a space as that word, flagged whole with the joined word as the fix", () => {
    expect(issues("Реформа будет продолжена.", "The ref orm would continue.")).toEqual([["ref orm", "reform"]]);
    expect(issues("Реформа будет продолжена.", "The reform would conti nue.")).toEqual([["conti nue", "continue"]]);
    expect(issues("Министр уехал.", "The minis ter left.")).toEqual([["minis ter", "minister"]]);
    expect(issues("Министр уехал.", "Th e minister left.")).toEqual([["Th e", "The"]]);
    // Two words that are words apart stay: "in to" is the grammar's, not a spelling slip.
    expect(issues("Он вошёл в дом.", "He walked in to the house.")).toEqual([]);
  });

  it("flags a source word transliterated a slip or two from its translation, as the translation, but not realia or a title kept", () => {
    expect(issues("Министр заявил, что реформа будет продолжена.", "The ministr said that the reform would continue.")).toEqual([["ministr", "minister"]]);
    expect(issues("Проект был одобрен парламентом.", "The proekt was approved by parliament.")).toEqual([["proekt", "project"]]);
    expect(issues("Бюджет утвердили депутаты.", "The budzhet was approved by deputies.")).toEqual([["budzhet", "budget"]]);
    expect(issues("Аким города открыл школу.", "The akim of the city opened a school.")).toEqual([]);
    expect(issues("Силовики задержали его.", "The siloviki detained him.")).toEqual([]);
    expect(issues("Об этом сообщила «Актуальная камера».", "This was reported by Aktuaalne kaamera.")).toEqual([]);
  });

  it("leaves a spelling of a source name the name data gives, though it lies a slip from the dictionary's (Andrej, Nikolaj)", () => {
    expect(issues("Премьер Андрей Пленкович прибыл в Загреб.", "Prime Minister Andrej Plenković arrived in Zagreb.")).toEqual([]);
    expect(issues("Министр Андрей Бабиш прибыл в Прагу.", "Minister Andrej Babiš arrived in Prague.")).toEqual([]);
    expect(issues("Вратарь Николай Хабибулин вышел на лёд.", "Goalkeeper Nikolaj Khabibulin took the ice.")).toEqual([]);
    expect(issues("Министр Андрей Бабиш прибыл в Прагу.", "Minister Anrdei Babiš arrived in Prague.")).toEqual([["Anrdei", "Andrei"]]);
  });

  it("reads a slip in a source name, and another form of one, alike after a list of thousands of names in the same sentence", () => {
    const roll = (stems: string[], letters: string) => Array.from({ length: 1500 }, (_, n) => stems[n % 3] + letters[n % 10] + letters[(n >> 2) % 10]).join(", ");
    const ru = `${roll(["Ерлан", "Дана", "Тимура"], "абвгдежзик")}, Владимир Путин и Брижит Макрон прибыли.`;
    const own = (en: string) => issues(ru, `${roll(["Yerlan", "Dana", "Timura"], "abvgdezhik")}, ${en} arrived.`).filter(([word]) => /Vladim|Brig/.test(word ?? ""));
    expect(own("Vladimr Putin and Brigette Macron")).toEqual([["Vladimr", "Vladimir"]]);
    expect(own("Vladimir Putin and Brigette Macron")).toEqual([]);
  });
});

describe("non-word on a hostile run", () => {
  // The source's words are held against each unknown English word once each, not once per repeat in the group.
  it("flags a slip in a cognate beside a long run of apostrophe-joined words repeated on both sides", () => {
    const words = (source: string, target: string) => nonWord.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    const sourceRun = "вечером'коллеги'из'региона'".repeat(5_000);
    const targetRun = "evening'colleagues'from'region'".repeat(5_000);
    expect(words(`Партнёры подписали договор ${sourceRun}`, `The parners signed the contract ${targetRun}`)).toEqual([["parners", "partners"]]);
    expect(words(`Видео опубликовали ${sourceRun}`, `The vieo was posted ${targetRun}`)).toEqual([["vieo", "video"]]);
    expect(words(`Партнёры подписали договор ${sourceRun}`, `The partners signed the contract ${targetRun}`)).toEqual([]);
  });
});
