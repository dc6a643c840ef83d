import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { nameUnexpected } from "./name-unexpected";
import { nameMissing } from "./name-missing";
import { nonWord } from "./non-word";

testExamples(nameUnexpected);

const flagged = (source: string, target: string) => flaggedTexts(nameUnexpected.run(contextFor(source, target)));

describe("name-unexpected", () => {
  it("takes an English prefix on a dictionary word, opening a sentence, for a word, not a name; a swapped name is still one", () => {
    expect(flagged("Биатлонист выиграл гонку.", "Biathlete wins the race.")).toEqual([]);
    expect(flagged("Кибермошенники украли деньги.", "Cyberfraudsters stole the money.")).toEqual([]);
    expect(flagged("Звонок Владимира Путина длился час.", "The call from Anup Kumar lasted an hour.")).toEqual(["Anup Kumar"]);
  });

  it("reads a French word's silent last consonant as the word Russian writes without it, and nothing else added", () => {
    expect(flagged("Гран-при Монако пройдёт в мае.", "The Monaco Grand Prix will be held in May.")).toEqual([]);
    expect(flagged("Фильм получил Гран-при жюри в Каннах.", "The film won the jury's Grand Prix in Cannes.")).toEqual([]);
    expect(flagged("Гран-при Монако пройдёт в мае.", "The Monaco Grand Pribok will be held in May.")).toEqual(["Pribok"]);
  });

  it("flags a swapped person, joining the words of one name", () => {
    const findings = nameUnexpected.run(contextFor("Звонок Владимира Путина длился час.", "The call from Anup Kumar lasted an hour."));
    expect(flaggedTexts(findings)).toEqual(["Anup Kumar"]);
    expect(findings[0].source?.text).toBe("Звонок Владимира Путина длился час.");
  });

  it("flags a swapped person after a list of thousands of names in the same sentence", () => {
    const names = (stems: string[], letters: string) => Array.from({ length: 1500 }, (_, n) => stems[n % 3] + letters[n % 10] + letters[(n >> 2) % 10]).join(", ");
    const source = `${names(["Ерлан", "Дана", "Тимура"], "абвгдежзик")}; звонок Владимира Путина длился час.`;
    const target = `${names(["Yerlan", "Dana", "Timura"], "abvgdezhik")}; the call from Anup Kumar lasted an hour.`;
    expect(flaggedTexts(nameUnexpected.run(contextFor(source, target)))).toContain("Anup Kumar");
  });

  it("takes an English name's further word for part of it after a list of thousands of names in the same sentence", () => {
    const names = (stems: string[], letters: string) => Array.from({ length: 1500 }, (_, n) => stems[n % 3] + letters[n % 8] + letters[(n >> 3) % 8]).join(", ");
    const source = `${names(["Ерлан", "Дана", "Тимура"], "абдклмнп")}: все сидели на Игоре.`;
    const target = `${names(["Yerlan", "Dana", "Timura"], "abdklmnp")}: all sat at Igora Drive.`;
    expect(flaggedTexts(nameUnexpected.run(contextFor(source, target))).filter((text) => /Igora|Drive/.test(text))).toEqual([]);
  });

  it("accepts a name borrowed into Russian by ear and an English name's own further words", () => {
    expect(nameUnexpected.run(contextFor("Это сказал Райан Кеннеди.", "Ryan Kennedy said so."))).toEqual([]);
    expect(nameUnexpected.run(contextFor("Корабли стояли на рейде Кронштадта.", "The ships stood at the Kronstadt Roadstead."))).toEqual([]);
  });

  it("accepts a country the source names by its official abbreviation", () => {
    expect(nameUnexpected.run(contextFor("Об этом сообщил МИД КНР.", "China's Foreign Ministry said so."))).toEqual([]);
    expect(nameUnexpected.run(contextFor("Делегация ФРГ прибыла в Пхеньян, столицу КНДР.", "A German delegation arrived in Pyongyang, the capital of North Korea."))).toEqual([]);
  });

  it("accepts a newspaper the source names by its sign (Kommersant's «Ъ»)", () => {
    const context = contextFor("Подробнее - в материале «Ъ» «Выборы прошли».", "Read more in the Kommersant article “The elections are over”.");
    expect(nameUnexpected.run(context)).toEqual([]);
  });

  it("accepts a country the source names by its adjective", () => {
    expect(nameUnexpected.run(contextFor("Корабли вошли в Финский залив.", "The ships entered the Gulf of Finland."))).toEqual([]);
  });

  it("leaves alone dictionary words, acronyms and compounds of two words", () => {
    expect(nameUnexpected.run(contextFor("Министерство обороны сообщило.", "The Ministry of Defense reported."))).toEqual([]);
    expect(nameUnexpected.run(contextFor("Штраф составит тысячу МРП.", "The fine will be a thousand MCIs."))).toEqual([]);
    expect(nameUnexpected.run(contextFor("Пройдут круглые столы.", "Roundtables will be held."))).toEqual([]);
  });

  it("takes the name an adjective is made from for its counterpart, and for a word (Balaam for Валаамова, Валаамской)", () => {
    const context = contextFor("Так заговорила Валаамова ослица, героиня Валаамской притчи.", "So spoke the donkey of Balaam, the heroine of the Balaam parable.");
    expect(nameUnexpected.run(context)).toEqual([]);
    expect(nonWord.run(context)).toEqual([]);
  });

  it("leaves alone a typo of a word the dictionary has only capitalised, such as a month", () => {
    expect(nameUnexpected.run(contextFor("Встреча прошла 3 февраля.", "The meeting took place on 3 Febuary."))).toEqual([]);
    expect(nameUnexpected.run(contextFor("Это было в среду.", "That was on Wednesdya."))).toEqual([]);
  });

  it("flags an organisation the source doesn't name in any of its Russian ways, and accepts each of them", () => {
    expect(flaggedTexts(nameUnexpected.run(contextFor("Правительство и «ЕР» оказались против.", "The government and the European Parliament were against.")))).toEqual([
      "European Parliament",
    ]);
    for (const source of ["Решение принял Европарламент.", "Решение принял Европейский парламент.", "Решение принял парламент Евросоюза.", "Решение принял ЕП."]) {
      expect(nameUnexpected.run(contextFor(source, "The European Parliament made the decision."))).toEqual([]);
    }
    expect(nameUnexpected.run(contextFor("Законопроект внесли депутаты от «Единой России».", "The bill was introduced by United Russia deputies."))).toEqual([]);
    // A word that merely begins like a name (думали, not Думы) names no organisation.
    expect(flaggedTexts(nameUnexpected.run(contextFor("Депутаты думали над этим.", "The State Duma deputies thought about it.")))).toEqual(["State Duma"]);
  });

  it("knows the peoples of the region that the English dictionary lacks", () => {
    expect(nameUnexpected.run(contextFor("Совсем приучил цыган кобылу не есть.", "He taught the Roma not to eat the mare."))).toEqual([]);
    expect(nameUnexpected.run(contextFor("В селе живут буряты и эвенки.", "Buryats and Evenks live in the village."))).toEqual([]);
  });

  it("reads each part of a hyphenated source word, and takes no shout for a name", () => {
    expect(nameUnexpected.run(contextFor("История санкций СССР-США", "History of the USSR-US sanctions"))).toEqual([]);
    expect(nameUnexpected.run(contextFor("Ахи да охи не помогут!", "Ahhhhh, no help!"))).toEqual([]);
    expect(nameUnexpected.run(contextFor("История санкций СССР-США", "History of the USSR-Iran sanctions")).map((f) => f.target.text)).toEqual(["Iran"]);
  });

  it("takes a country's adjective whose stem is the country's English name without its ending as its counterpart", () => {
    for (const [source, target] of [
      ["Зачем русским хакерам биткоины?", "Why do Russia's hackers need bitcoins?"],
      ["Сербские власти ответили отказом.", "Serbia's authorities refused."],
    ]) {
      expect(flaggedTexts(nameUnexpected.run(contextFor(source, target)))).toEqual([]);
    }
    expect(flaggedTexts(nameUnexpected.run(contextFor("Сербские власти ответили отказом.", "Croatia's authorities refused.")))).toEqual(["Croatia's"]);
  });

  it("pairs a leftover English name with the only unexplained source name the name model finds possible", () => {
    expect(nameUnexpected.run(contextFor("Игры прошли в Пхенчхане.", "The Games were held in Pyeongchang."))).toEqual([]);
    expect(flaggedTexts(nameUnexpected.run(contextFor("Игры прошли в Пхенчхане.", "The Games were held in Lillehammer.")))).toEqual(["Lillehammer"]);
  });

  it("takes the English words of an organisation the source names in one of its Russian ways for its rendering", () => {
    expect(nameUnexpected.run(contextFor("Правительство и «ЕР» оказались против.", "The government and United Russia were against."))).toEqual([]);
  });

  it("takes English words whose initials spell an abbreviation of the source for its expansion", () => {
    expect(nameUnexpected.run(contextFor("Он член ЛДПР.", "He is a member of the Liberal Democratic Party of Russia."))).toEqual([]);
    expect(nameUnexpected.run(contextFor("Депутаты КПРФ возразили.", "Communist Party of the Russian Federation deputies objected."))).toEqual([]);
    expect(flaggedTexts(nameUnexpected.run(contextFor("Он член ЛДПР.", "He is a member of the Liberal Democratic Party of Ukraine.")))).toEqual(["Ukraine"]);
  });

  it("takes a word joined to one with a source counterpart for part of that name", () => {
    expect(nameUnexpected.run(contextFor("Прошёл китайско-американский семинар.", "A Sino-American seminar took place."))).toEqual([]);
  });

  it("tells a fused two-word place name from another after thousands of words with Latin letters among Cyrillic ones", () => {
    const mixed = (words: string[]) => Array.from({ length: 2000 }, (_, n) => words[n % words.length]).join(" ");
    const source = `${mixed(["Тoмск", "Oмск", "Бpянск"])}: собор нижегородской епархии отреставрировали.`;
    const target = (place: string) => `${mixed(["Tоmsk", "Оmsk", "Bryаnsk"])}: the cathedral of the ${place} diocese was restored.`;
    expect(flaggedTexts(nameUnexpected.run(contextFor(source, target("Nizhny Novgorod")))).filter((text) => /Nizhny/.test(text))).toEqual([]);
    expect(flaggedTexts(nameUnexpected.run(contextFor(source, target("Nizhny Tagil"))))).toContain("Nizhny Tagil");
  });

  it("accepts the first word of a two-word place name whose adjective fuses both (нижегородский: Nizhny Novgorod), not another", () => {
    expect(nameUnexpected.run(contextFor("Собор нижегородской епархии отреставрировали.", "The cathedral of the Nizhny Novgorod diocese was restored."))).toEqual([]);
    expect(nameUnexpected.run(contextFor("Вчера нижегородские врачи провели операцию.", "Yesterday Nizhny Novgorod doctors performed an operation."))).toEqual([]);
    expect(flaggedTexts(nameUnexpected.run(contextFor("Собор нижегородской епархии отреставрировали.", "The cathedral of the Zhytomyr Novgorod diocese was restored.")))).toEqual(["Zhytomyr"]);
    expect(flaggedTexts(nameUnexpected.run(contextFor("Собор нижегородской епархии отреставрировали.", "The cathedral of the Nizhny Tagil diocese was restored.")))).toEqual(["Nizhny Tagil"]);
  });
});

describe("name-unexpected: a known name in place of one the source has", () => {

  it("flags a name English has only capitalised where a source name English may translate went unrendered", () => {
    // A lone first name, a company's name, an organisation's compound name: each may be translated, so not reported missing.
    expect(flagged("Об этом рассказала его мать Хелена.", "His mother, Reuters, said so.")).toEqual(["Reuters"]);
    expect(flagged("«Почта России» потратит миллиард на рекламу.", "Russia's Volcker will spend a billion on advertising.")).toEqual(["Volcker"]);
    expect(flagged("Попытки Роскомнадзора заблокировать сайт провалились.", "Houston's attempts to block the site failed.")).toEqual(["Houston's"]);
  });

  it("accepts the same sentences with the name rendered, and a month, weekday or nationality that translates a common word", () => {
    expect(flagged("Об этом рассказала его мать Хелена.", "His mother, Helena, said so.")).toEqual([]);
    expect(flagged("«Почта России» потратит миллиард на рекламу.", "Russian Post will spend a billion on advertising.")).toEqual([]);
    expect(flagged("Об этом рассказала его мать Хелена в пятницу.", "His mother said so on Friday.")).toEqual([]);
    expect(flagged("Попытки Роскомнадзора заблокировать немецкий сайт провалились.", "Attempts to block the German site failed.")).toEqual([]);
  });

  it("accepts a familiar first name's full form and a first name beside its person's surname", () => {
    expect(flagged("Потом Саша уехал в Тверь.", "Then Alexander left for Tver.")).toEqual([]);
    expect(flagged("Наставник омичей Ги Буше признал поражение.", "The Omsk coach Guy Boucher admitted defeat.")).toEqual([]);
  });

  it("leaves alone what English writes for an abbreviation or a title's adjective it translates (Папа Римский: Pope Francis)", () => {
    expect(flagged("Пастора из ЮАР будут судить.", "A pastor from South Africa will be tried.")).toEqual([]);
    expect(flagged("Папа Римский прибыл в Ирак.", "Pope Francis arrived in Iraq.")).toEqual([]);
  });

  it("adds no second flag where name-missing reports the name left out", () => {
    const context = contextFor("Мощи Златоуста хранятся в Риме.", "The relics of Chrysostom are kept in Rome.");
    expect(flaggedTexts(nameMissing.run(context))).toHaveLength(1);
    expect(flaggedTexts(nameUnexpected.run(context))).toEqual([]);
  });
});
