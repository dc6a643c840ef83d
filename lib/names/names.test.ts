import { describe, expect, it } from "vitest";
import { contextFor } from "./test-support";
import { acceptedNameTokens, analyseNames, englishForms, findSourceNames, isAcceptedName, matchWord } from "@/lib/names";
import { MATCH_STEPS } from "./match";

const names = (sentence: string) =>
  findSourceNames(sentence, 0).map((n) => ({ text: n.text, kind: n.kind, nominatives: n.words.map((w) => w.nominatives[0]) }));

describe("findSourceNames", () => {
  it("settles an ambiguous surname by agreement with the first name (Коцу after Александру)", () => {
    expect(names("Врач рассказал Александру Коцу.")).toEqual([{ text: "Александру Коцу", kind: "person", nominatives: ["александр", "коц"] }]);
  });

  it("reads a first name the dictionary knows as a name, though its ending looks like an adjective's in lower case", () => {
    expect(names("И тут Наталья мне говорит.")).toEqual([{ text: "Наталья", kind: "person", nominatives: ["наталья"] }]);
    expect(names("Вчера Дарья уехала в Казань.")[0]).toEqual({ text: "Дарья", kind: "person", nominatives: ["дарья"] });
    expect(names("Я говорил с Барановым вчера.")).toEqual([{ text: "Барановым", kind: "person", nominatives: ["баранов"] }]);
    // A surname in -ский stays an adjective: the Pope is Папа Римский.
    expect(names("Папа Римский приветствовал соглашение.").map((n) => n.kind)).not.toContain("person");
  });

  it("goes on with a word az doesn't know after a first name or an unknown word that isn't a place, whatever az guesses of it", () => {
    expect(names("Президент Реджеп Тайип Эрдоган выступил.")).toEqual([{ text: "Реджеп Тайип Эрдоган", kind: "person", nominatives: ["реджеп", "тайип", "эрдоган"] }]);
    expect(names("Лидер Салахаттин Демирташ выступил.").map((n) => n.text)).toEqual(["Салахаттин Демирташ"]);
    // A place az knows stays apart from the name before it.
    expect(names("Он позвонил Тайипу Анкаре.").map((n) => n.text)).not.toContain("Тайипу Анкаре");
  });

  it("reads words az only guessed as a person's name when the name data knows one of them as many people's name", () => {
    // az guesses Исиба as an organisation's genitive and Кисида as nothing; Сигэру and Фумио are Japanese first names.
    expect(names("Премьер Японии Сигэру Исиба ушёл в отставку.")[1]).toEqual({ text: "Сигэру Исиба", kind: "person", nominatives: ["сигэр", "исиба"] });
    expect(names("Премьер Фумио Кисида ушёл в отставку.")).toEqual([{ text: "Фумио Кисида", kind: "person", nominatives: ["фумио", "кисида"] }]);
    // Words the data knows as no one's name keep az's reading.
    expect(names("Завод Ахтуба Стройсервис закрылся.").map((n) => n.kind)).not.toContain("person");
  });

  it("splits a place in the genitive from the person after it", () => {
    expect(names("Он позвонил Президенту России Владимиру Путину.").map((n) => n.text)).toEqual(["России", "Владимиру Путину"]);
  });

  it("takes a surname opening a sentence for a name, though a plural of a common noun is spelled so; not a common noun", () => {
    expect(names("Путин также подчеркнул это.").map((n) => n.text)).toEqual(["Путин"]);
    expect(names("Лавров прилетел в Анкару.").map((n) => n.text)).toEqual(["Лавров", "Анкару"]);
    expect(names("Вера в победу крепка.")).toEqual([]);
    // A possessive adjective made from the same name (Петрова: Peter's) does not make a woman's surname a common word.
    expect(names("Петрова заявила о реформе.").map((n) => n.text)).toEqual(["Петрова"]);
    expect(names("Иванова отметила, что дело сложное.").map((n) => n.text)).toEqual(["Иванова"]);
    expect(names("Сидорова наградили в Кремле.").map((n) => n.text)).toEqual(["Сидорова", "Кремле"]);
    expect(names("Волков в лесу много.")).toEqual([]);
    expect(names("Матросов эвакуировали с судна.")).toEqual([]);
  });

  it("takes quoted titles as names but not a capitalised first word", () => {
    expect(names("Об этом сообщил «Спутник Казахстан».")).toEqual([
      { text: "Спутник Казахстан", kind: "organisation", nominatives: ["спутник", "казахстан"] },
    ]);
    expect(names("Любой клуб может это сделать.")).toEqual([]);
  });

  it("reads a quoted title with a site's domain ending as a title, and tells a medium's name by its context", () => {
    const titles = (sentence: string) => findSourceNames(sentence, 0).map((n) => [n.text, n.quoted, n.keepsName]);
    expect(titles("Как сообщает «Газета.uz», концерт прошёл.")).toEqual([["Газета", true, true]]);
    expect(titles("Издание «Вечерний Бишкек» вышло.")).toEqual([["Вечерний Бишкек", true, true]]);
    expect(titles("Корабль «Пуск» вышел в море.")).toEqual([["Пуск", true, false]]);
  });

  it("tells a venue's name by the words before it: a shop, café or hotel keeps its name", () => {
    const titles = (sentence: string) => findSourceNames(sentence, 0).map((n) => [n.text, n.keepsName]);
    expect(titles("В торговом комплексе «Амбар» открылся храм.")).toEqual([["Амбар", true]]);
    expect(titles("Встреча прошла в гостинице «Казахстан».")).toEqual([["Казахстан", true]]);
    expect(titles("Они пришли в ТЦ «Мега».")).toContainEqual(["Мега", true]);
    expect(titles("Перед барабаном «Пуск» стоял.")).toEqual([["Пуск", false]]);
    expect(titles("Титул барон «Пуск» носил.")).toEqual([["Пуск", false]]);
  });

  it("reads the words of a sentence written in capitals as words, keeping names and short acronyms", () => {
    expect(names("СРОЧНО: ВОДИТЕЛЬ АВТОБУСА ЗАДЕРЖАН В МОСКВЕ, СООБЩИЛО МВД").map((n) => n.text)).toEqual(["МОСКВЕ", "МВД"]);
  });

  it("takes a surname az knows only as the genitive plural of a first name (Акбаров of Акбар) for a surname", () => {
    expect(names("— подчеркнул Акбаров.").map((n) => n.text)).toEqual(["Акбаров"]);
  });

  it("keeps a lone surname that may be feminine in the nominative", () => {
    const [umarova] = findSourceNames("Позже Умарова ответила.", 0);
    expect(umarova.words[0].maybeNominative).toBe(true);
  });
});

describe("analyseNames", () => {
  it("matches each name word to its English rendering, leaked case forms included", () => {
    const context = contextFor("Назначение Аскара Умарова в Казахстане.", "The appointment of Askara Umarova in Kazakhstan.");
    const verdicts = analyseNames(context).mentions.map((m) => [m.word.text, m.target?.text, m.match?.verdict]);
    expect(verdicts).toEqual([
      ["Аскара", "Askara", "case-leak"],
      ["Умарова", "Umarova", "case-leak"],
      ["Казахстане", "Kazakhstan", "ok"],
    ]);
  });
  it("takes the name model's spelling where no rule explains the word, and a rule's spelling over it", () => {
    const rendering = (source: string, target: string) => analyseNames(contextFor(source, target)).mentions.map((m) => [m.target?.text, m.match?.kind]);
    expect(rendering("Вчера выступил Кылычдароглу.", "Yesterday Kılıçdaroğlu spoke.")).toEqual([["Kılıçdaroğlu", "model"]]);
    expect(rendering("Вчера приехал Эрдоган.", "Yesterday Herdogan, that is Erdogan, came.")).toEqual([["Erdogan", "spelling"]]);
    // A close spelling scored below the model's (0.73 against 0.74) loses to a likely spelling after it.
    expect(rendering("Вчера выступил Кылычдароглу.", "Yesterday Kilicdaroglu, that is Kılıçdaroğlu, spoke.")).toEqual([["Kılıçdaroğlu", "model"]]);
  });

  it("leaves an English word one source word spells exactly to it, not to another word's consonants", () => {
    const rendering = (source: string, target: string) => analyseNames(contextFor(source, target)).mentions.map((m) => [m.word.text, m.target?.text]);
    expect(rendering("Футболиста Кирилла Иванова купили «Крылья Советов».", "Kirill Ivanov was bought by Wings of the Soviets.")).toContainEqual(["Крылья", undefined]);
    expect(rendering("Тренер Борис Майоров возглавил «Ак Барс».", "Coach Boris Mayorov took charge of the Snow Leopards.")).toEqual([
      ["Борис", "Boris"],
      ["Майоров", "Mayorov"],
      ["Ак", undefined],
      ["Барс", undefined],
    ]);
  });
});

describe("analyseNames of Korean and Chinese names", () => {
  const rendering = (source: string, target: string) => analyseNames(contextFor(source, target)).mentions.map((m) => [m.word.text, m.target?.text ?? null]);

  it("matches a Korean or Chinese name word to its English romanisation, a given name's syllables to a hyphenated word's parts, and no other name", () => {
    expect(rendering("Президент Ли Чжэ Мён посетил Токио.", "President Lee Jae-myung visited Tokyo.")).toContainEqual(["Мён", "myung"]);
    expect(rendering("Вчера Пак Кын Хе выступила.", "Yesterday Park Geun-hye spoke.")).toEqual([
      ["Кын", "Geun"],
      ["Хе", "hye"],
    ]);
    expect(rendering("Он раскритиковал Лай Циндэ.", "He criticized Lai Ching-te.")).toContainEqual(["Циндэ", "Ching-te"]);
    expect(rendering("Министр Чжэн Шаньцзе выступил.", "Minister Zheng Shanjie spoke.")).toEqual([
      ["Чжэн", "Zheng"],
      ["Шаньцзе", "Shanjie"],
    ]);
    // Another Korean or Chinese name is not theirs.
    expect(rendering("Президент Ли Чжэ Мён посетил Токио.", "President Lee Jae-hoon visited Tokyo.")).toContainEqual(["Мён", null]);
    expect(rendering("Вчера Пак Кын Хе выступила.", "Yesterday Park Jin-soo spoke.")).toEqual([
      ["Кын", null],
      ["Хе", null],
    ]);
    expect(rendering("Министр Чжэн Шаньцзе выступил.", "Minister Wang Wentao spoke.")).toEqual([
      ["Чжэн", null],
      ["Шаньцзе", null],
    ]);
  });

  it("gives a hyphenated word's lower-case part to a name's exact spelling alone: not to a leftover, nor among the unexplained words", () => {
    // Not "based" for Басаева, which no rule matches: it only begins alike.
    expect(rendering("Отряд Басаева напал на город.", "A Grozny-based unit attacked the town.")).toEqual([["Басаева", null]]);
    const context = contextFor("Режим Башара Асада поддержала Москва.", "The Bashar al-Assad regime was Kremlin-backed, Moscow said.");
    expect(analyseNames(context).mentions.map((m) => m.target?.text)).toEqual(["Bashar", "Assad", "Moscow"]);
    expect([...analyseNames(context).unmatchedTargetWords.values()].flat().map((w) => w.text)).toEqual(["The", "Kremlin-backed", "Kremlin"]);
  });
});

describe("analyseNames in a group longer than any sentence", () => {
  it("finds each name's rendering at its own place: a leaked case form, the model's spelling, a word that begins alike", () => {
    const roll = (stems: string[], letters: string, at: number) => stems[at % 3] + letters[at % 10] + letters[(at >> 2) % 10];
    const list = (stems: string[], letters: string, own: Record<number, string>) =>
      Array.from({ length: 1500 }, (_, at) => own[at] ?? roll(stems, letters, at)).join(", ");
    const source = list(["Ерлан", "Дана", "Тимура"], "абвгдежзик", { 200: "Шольцем", 700: "Кылычдароглу", 1300: "Пхенчхане" });
    const target = list(["Yerlan", "Dana", "Timura"], "abvgdezhik", { 200: "Scholzem", 700: "Kılıçdaroğlu", 1300: "Pyeongchang" });
    const own = analyseNames(contextFor(`${source}.`, `${target}.`)).mentions.filter((m) => /Шольц|Кылыч|Пхенчхан/.test(m.word.text));
    expect(own.map((m) => [m.target?.text, m.target?.start, m.match?.kind])).toEqual([
      ["Scholzem", target.indexOf("Scholzem"), "leak"],
      ["Kılıçdaroğlu", target.indexOf("Kılıçdaroğlu"), "model"],
      ["Pyeongchang", target.indexOf("Pyeongchang"), "guess"],
    ]);
  });
});

describe("MATCH_STEPS", () => {
  const pairs: Array<[string, string]> = [
    ["Вчера выступил Кылычдароглу.", "Kılıçdaroğlu"],
    ["Вчера выступил Кылычдароглу.", "Kylychdaroglu"],
    ["Вчера выступил Кылычдароглу.", "Kilicdaroglu"],
    ["Вчера приехал Эрдоган.", "Erdogan"],
    ["Вчера приехал Эрдоган.", "Herdogan"],
    ["Я видел Джонсона вчера.", "Johnsona"],
    ["Я видел Джонсона вчера.", "Johnson"],
    ["Мы ехали в Атыраускую область.", "Atyrau"],
    ["Вчера приехал Прайс.", "Price"],
    ["Вчера приехал Прайс.", "Parliament"],
  ];

  it("gives matchWord's match at its first step that has one, and no later step scores above a step's laterBest", () => {
    for (const [sentence, english] of pairs) {
      const word = findSourceNames(sentence, 0)[0].words[0];
      const match = matchWord(word, english);
      const first = MATCH_STEPS.findIndex((step) => step.match(word, english) !== null);
      expect(first === -1 ? null : MATCH_STEPS[first].match(word, english)).toEqual(match);
      for (const step of MATCH_STEPS.slice(0, Math.max(first, 0))) expect(match!.score).toBeLessThanOrEqual(step.laterBest);
    }
  });

  it("leaves the name model's match to the last step", () => {
    const word = findSourceNames("Вчера приехал Эрдоган.", 0)[0].words[0];
    expect(MATCH_STEPS.map((step) => step.match(word, "Herdogan")?.kind ?? null)).toEqual([null, null, "model"]);
  });
});

describe("acceptedNameTokens", () => {
  it("accepts the source names' spellings and glossary words, lower-cased", () => {
    const context = contextFor("Выступил Алексей Щёкин.", "Aleksei Shchekin spoke.", [{ source: "Акорда", target: "Akorda", kind: "DO_NOT_TRANSLATE" }]);
    const tokens = acceptedNameTokens(context);
    for (const token of ["aleksey", "aleksei", "shchekin", "schekin", "akorda"]) expect(tokens.has(token)).toBe(true);
    expect(tokens.has("spoke")).toBe(false);
  });

  it("accepts any spelling the name matching folds together", () => {
    const context = contextFor("Выступил Алексей Щёкин.", "Alexei Schekin spoke.");
    expect(isAcceptedName(context, "Alexei")).toBe(true);
    expect(isAcceptedName(context, "Shchyokin")).toBe(true);
    expect(isAcceptedName(context, "Alexis")).toBe(false);
  });
});

describe("englishForms", () => {
  it("gives a word read as a person's name its case forms, whichever reading was asked first", () => {
    const [surname] = findSourceNames("Он говорил с Петровым.", 0)[0].words;
    const asCommon = { ...surname, role: null, gender: null };
    // Asked first as a common word: the surname reading must not inherit its forms, which lack the other cases.
    const common = englishForms(asCommon).obliqueKeys.size;
    expect(englishForms(surname).obliqueKeys.size).toBeGreaterThan(common);
  });
});
