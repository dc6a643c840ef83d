import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { gluedWord } from "./glued-word";

testExamples(gluedWord);

describe("glued-word", () => {
  it("splits two lower-case words fused at a function word", () => {
    const findings = gluedWord.run(contextFor("Это одна из задач.", "This is one ofthe tasks."));
    expect(findings.map((f) => f.suggestion)).toEqual(["of the"]);
  });

  it("sets off a relative clause after a name with a comma, but not a clause with that", () => {
    const suggestion = (source: string, target: string) => gluedWord.run(contextFor(source, target)).map((f) => f.suggestion);
    expect(suggestion("Мы приехали в Тараз, где нас встретили.", "We arrived in Tarazwhere we were met.")).toEqual(["Taraz, where"]);
    expect(suggestion("Завод в Таразе, который закрыли, работает.", "The plant in Tarazwhich was closed is working.")).toEqual(["Taraz, which"]);
    expect(suggestion("Он сказал в Таразе, что уходит.", "He said in Tarazthat he was leaving.")).toEqual(["Taraz that"]);
  });

  it("splits a name of the article fused with a short function word, not a name that ends like one", () => {
    const suggestion = (source: string, target: string) => gluedWord.run(contextFor(source, target)).map((f) => f.suggestion);
    expect(suggestion("Путин прибыл в Москву.", "Putinin Moscow arrived.")).toEqual(["Putin in"]);
    expect(suggestion("Шольц выступил в Берлине.", "Scholzin Berlin spoke.")).toEqual(["Scholz in"]);
    expect(suggestion("Брагин и Тиллерсон выступили.", "Bragin and Tillerson spoke.")).toEqual([]);
  });

  it("leaves a syllable of a Korean given name that ends like a function word, as it or its whole word spells the source name (hoon: Хун; Shui-bian: Шуйбянь)", () => {
    const suggestion = (source: string, target: string) => gluedWord.run(contextFor(source, target)).map((f) => f.suggestion);
    expect(suggestion("Лидер оппозиции Хан Дон Хун подал в отставку.", "Opposition leader Han Dong-hoon resigned.")).toEqual([]);
    expect(suggestion("Мэр Сеула О Се Хун выступил.", "Seoul Mayor Oh Se-hoon spoke.")).toEqual([]);
    expect(suggestion("Бывший президент Чэнь Шуйбянь прибыл.", "Former President Chen Shui-bian arrived.")).toEqual([]);
    expect(suggestion("Лидер оппозиции Хан Дон Хун подал в отставку.", "Opposition leader Han Dong-hoon resignedin Seoul.")).toEqual(["resigned in"]);
  });

  it("leaves names from the source alone even when they contain English words", () => {
    const context = contextFor("Губернатор Сергей Фургал арестован.", "Governor Sergei Furgal has been arrested.");
    expect(flaggedTexts(gluedWord.run(context))).toEqual([]);
  });

  it("takes the plural of a regional word for a word, not for two", () => {
    const context = contextFor("Бюджет составит 245 млн сомов, акиматы довольны.", "The budget will be 245 million soms; the akimats are satisfied.");
    expect(flaggedTexts(gluedWord.run(context))).toEqual([]);
  });

  it("leaves domains and brand names alone", () => {
    const context = contextFor("Подробности на сайте kp.ru и в YouTube.", "Details are on kp.ru and on YouTube.");
    expect(flaggedTexts(gluedWord.run(context))).toEqual([]);
  });
});

describe("glued-word at the edges of names, numbers and sentences", () => {
  const suggestion = (source: string, target: string) => gluedWord.run(contextFor(source, target)).map((f) => f.suggestion);

  it("reads a sentence's first word by the function word its capital belongs to", () => {
    expect(suggestion("Президент подписал указ.", "Thepresident signed the decree.")).toEqual(["The president"]);
    expect(suggestion("В связи с этим министр ушёл.", "Inconnection with this, the minister left.")).toEqual(["In connection"]);
    expect(suggestion("Впервые завод заработал.", "Forthe first time the plant worked.")).toEqual(["For the"]);
    expect(suggestion("Джонсон прибыл в Лондон.", "Johnson arrived in London.")).toEqual([]);
    expect(suggestion("Этвуд приехала в Торонто.", "Atwood came to Toronto.")).toEqual([]);
  });

  it("splits a function word fused with the capitalised word after it, not a brand written so", () => {
    expect(suggestion("Инфляция в Казахстане выросла.", "Inflation inKazakhstan has risen.")).toEqual(["in Kazakhstan"]);
    expect(suggestion("Песков прокомментировал позицию Кремля.", "Peskov commented on theKremlin's position.")).toEqual(["the Kremlin's"]);
    expect(suggestion("Он вернулся из Шымкента.", "He returned fromShymkent.")).toEqual(["from Shymkent"]);
    expect(suggestion("Он купил iPhone на eBay.", "He bought an iPhone on eBay.")).toEqual([]);
    expect(suggestion("Сервис inDrive вырос.", "The inDrive service has grown.")).toEqual([]);
  });

  it("splits a transliterated name of the source fused with a function word", () => {
    expect(suggestion("Токаев заявил, что реформы продолжатся.", "Tokayevsaid that the reforms would continue.")).toEqual(["Tokayev said"]);
    expect(suggestion("Жапаров и Мирзиёев встретились.", "Zhaparovand Mirziyoyev met.")).toEqual(["Zhaparov and"]);
    expect(suggestion("Кулибаев был в Лондоне.", "Kulibaevwas in London.")).toEqual(["Kulibaev was"]);
  });

  it("puts back the hyphen lost between the parts of a hyphenated source name, not in a brand's capitals", () => {
    expect(suggestion("Жители Усть-Каменогорска вышли на улицы.", "Residents of UstKamenogorsk took to the streets.")).toEqual(["Ust-Kamenogorsk"]);
    expect(suggestion("Он прилетел в Нур-Султан.", "He flew to NurSultan.")).toEqual(["Nur-Sultan"]);
    expect(suggestion("Порт Петропавловск-Камчатский закрыт.", "The port of PetropavlovskKamchatsky is closed.")).toEqual(["Petropavlovsk-Kamchatsky"]);
    expect(suggestion("Жан-Пьер работает в PayPal.", "Jean-Pierre works at PayPal, not JetBrains.")).toEqual([]);
  });

  it("splits a possessive fused with the word after it, not a contraction or an Irish name", () => {
    expect(suggestion("Это стратегия Казахстана.", "This is Kazakhstan'sstrategy.")).toEqual(["Kazakhstan's strategy"]);
    expect(suggestion("Указ Токаева вступил в силу.", "Tokayev’sdecree came into force.")).toEqual(["Tokayev’s decree"]);
    expect(suggestion("Позиция Кремля ясна.", "The Kremlin'sposition is clear.")).toEqual(["Kremlin's position"]);
    expect(suggestion("Это книга О'Салливана.", "It's O'Sullivan's book; the children's books don't sell.")).toEqual([]);
  });

  it("splits a number fused with the word after it, not a unit, an ordinal or a code", () => {
    expect(suggestion("В 2024 году рост составил 5%.", "In 2024year, growth was 5%.")).toEqual(["2024 year"]);
    expect(suggestion("Погибли 12 человек.", "12people died.")).toEqual(["12 people"]);
    expect(suggestion("Прошло 40 минут.", "It took 40minutes.")).toEqual(["40 minutes"]);
    expect(suggestion("Он пробежал 10 км в 1990-х, в 20 веке.", "He ran 10km in the 1990s, in the 20th century, at the G20summit.")).toEqual([]);
  });
});

describe("glued-word on a hostile run", () => {
  // Only cuts near either end can leave a function word: a long run of letters is not sliced once per letter.
  it("splits long fused words at either end and passes a long run of letters", () => {
    const suggestion = (source: string, target: string) => gluedWord.run(contextFor(source, target)).map((f) => f.suggestion);
    expect(suggestion("Это одна из задач.", `This ${"z".repeat(100_000)} is one ofthe tasks.`)).toEqual(["of the"]);
    expect(suggestion("Они обсуждали интернационализацию.", "They discussed theinternationalization of trade.")).toEqual(["the internationalization"]);
    expect(suggestion("Это были контрреволюционеры.", "These were counterrevolutionariesand spies.")).toEqual(["counterrevolutionaries and"]);
  });
});
