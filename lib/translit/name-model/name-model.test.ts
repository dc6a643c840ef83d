import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildLexicon, DEFAULT_NAME_MODEL_TRAINING, foldCyrillic, foldLatin, measureHeldOut, NameLexicon, NameModel, nameLexicon, nameModel, readNamePairs, trainNameModel } from ".";

const FIXTURE = readNamePairs(readFileSync(path.join(import.meta.dirname, "fixtures/names.tsv"), "utf8"));

describe("folding", () => {
  it.each([
    ["Erdoğan", "erdogan"],
    ["Schröder", "schroder"],
    ["Łukasz", "lukasz"],
    ["Straße", "strasse"],
    ["O'Neill", "oneill"],
    ["Kılıçdaroğlu", "kilicdaroglu"],
    ["Məmmədyarov", "mammadyarov"],
    ["Əhmədli", "ahmadli"],
  ])("reads %s as %s", (word, folded) => expect(foldLatin(word)).toBe(folded));

  it("keeps Russian letters only, lower-cased", () => expect(foldCyrillic("ЖАН-ЛЮК")).toBe("жанлюк"));
});

describe("training on a small file", () => {
  const settings = {
    ...DEFAULT_NAME_MODEL_TRAINING,
    graphones: { ...DEFAULT_NAME_MODEL_TRAINING.graphones, iterations: [3, 3, 2] as [number, number, number] },
    tuningSample: 100,
    source: "test fixture",
  };
  const trained = trainNameModel(FIXTURE, settings);
  const model = new NameModel(trained.model, () => trained.sequences);

  it("is deterministic", () => {
    const again = trainNameModel(FIXTURE, settings);
    expect(JSON.stringify(again)).toBe(JSON.stringify(trained));
  });

  it("scores a true spelling above a different name of the same shape", () => {
    expect(model.score("петров", "Petrov")).toBeGreaterThan(model.score("петров", "Pavlov"));
    expect(model.score("шмидт", "Schmidt")).toBeGreaterThan(model.score("шмидт", "Schulz"));
  });

  it("round-trips through the stored form", () => {
    const reloaded = new NameModel(JSON.parse(JSON.stringify(trained.model)), () => JSON.parse(JSON.stringify(trained.sequences)));
    expect(reloaded.score("иванов", "Ivanov")).toBeCloseTo(model.score("иванов", "Ivanov"), 3);
    expect(reloaded.accepts("петров", "Petrov")).toBe(model.accepts("петров", "Petrov"));
    expect(Number.isFinite(JSON.parse(JSON.stringify(trained.model)).acceptance)).toBe(true);
  });

  it("generates the spelling of a name it learned the letters of", () => {
    expect(model.spellings("иван", 3)).toContain("ivan");
  });

  it("measures a draft on the tenth of the pairs it held out", () => {
    const { acceptance, guessing } = measureHeldOut(FIXTURE, { ...settings, tuningSample: 5 });
    expect(acceptance.pairs).toBeGreaterThan(guessing.pairs);
    expect(acceptance.pairs).toBeLessThan(FIXTURE.length / 4);
    expect(acceptance.accepted).toBeGreaterThan(0.5);
    expect(guessing.top5).toBeGreaterThanOrEqual(guessing.top1);
  });
});

describe("the committed model", () => {
  const model = nameModel();

  // Names that Russian took from other languages, written in English in their own spelling.
  it.each([
    ["шрёдер", "Schröder"],
    ["шрёдер", "Schroeder"],
    ["шольц", "Scholz"],
    ["кылычдароглу", "Kılıçdaroğlu"],
    ["эрдоган", "Erdoğan"],
    ["меланшон", "Mélenchon"],
    ["макрон", "Macron"],
    ["альбарес", "Albares"],
    ["санчес", "Sánchez"],
    ["сальвини", "Salvini"],
    ["мелони", "Meloni"],
    ["цзиньпин", "Jinping"],
    ["кисида", "Kishida"],
    ["мун", "Moon"],
    ["вышеградский", "Wyszegradzki"],
    ["гасанов", "Həsənov"],
    ["джафаров", "Cəfərov"],
  ])("accepts %s → %s", (russian, latin) => expect(model.accepts(russian, latin)).toBe(true));

  it.each([
    ["шольц", "Schmidt"],
    ["эрдоган", "Ergun"],
    ["сальвини", "Salazar"],
    ["собянин", "Sokolov"],
    ["мелони", "Macron"],
  ])("rejects %s → %s", (russian, latin) => expect(model.accepts(russian, latin)).toBe(false));

  it("guesses spellings of names it never saw", () => {
    expect(model.spellings("кылычдароглу", 3)).toContain("kilicdaroglu");
    expect(model.spellings("такэсита", 5)).toContain("takeshita");
  });
});

describe("the lexicon", () => {
  it("merges spellings that fold alike and ranks by count", () => {
    const lexicon = new NameLexicon(buildLexicon([
      { russian: "эрдоган", latin: "Erdoğan", count: 5 },
      { russian: "эрдоган", latin: "erdogan", count: 2 },
      { russian: "эрдоган", latin: "Erdogan", count: 1 },
      { russian: "эрдоган", latin: "Ardogan", count: 9 },
    ], "test"));
    expect(lexicon.spellingsOf("Эрдоган")).toEqual([{ latin: "ardogan", count: 9 }, { latin: "erdogan", count: 8 }]);
    expect(lexicon.attests("эрдоган", "Erdoğan")).toBe(true);
    expect(lexicon.spellingsOf("неизвестный")).toEqual([]);
  });

  it("finds a token the data spells with ё under its spelling with е, as Russian text mostly writes it", () => {
    const lexicon = new NameLexicon(buildLexicon([
      { russian: "брёйне", latin: "Bruyne", count: 3 },
      { russian: "семёнов", latin: "Semyonov", count: 4 },
      { russian: "семенов", latin: "Semenov", count: 2 },
    ], "test"));
    expect(lexicon.spellingsOf("Брейне")).toEqual([{ latin: "bruyne", count: 3 }]);
    expect(lexicon.spellingsOf("Брёйне")).toEqual([{ latin: "bruyne", count: 3 }]);
    // A token the data also spells with е keeps its own entry.
    expect(lexicon.spellingsOf("Семенов")).toEqual([{ latin: "semenov", count: 2 }]);
  });

  it("counts a Latin spelling's bearers over every Russian token written so", () => {
    const lexicon = new NameLexicon(buildLexicon([
      { russian: "александр", latin: "Alexander", count: 7 },
      { russian: "александер", latin: "Alexander", count: 2 },
      { russian: "александр", latin: "Aleksandr", count: 3 },
    ], "test"));
    expect(lexicon.bearersOf("Alexander")).toBe(9);
    expect(lexicon.bearersOf("Aleksandr")).toBe(3);
    expect(lexicon.bearersOf("Reuters")).toBe(0);
  });

  it("holds the Wikidata spellings", () => {
    expect(nameLexicon().attests("сергей", "Sergei")).toBe(true);
    expect(nameLexicon().spellingsOf("мария")[0].latin).toBe("maria");
  });
});
