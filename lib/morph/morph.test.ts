import { describe, expect, it } from "vitest";
import { knownReadings, nominativeOf, obliqueForms, parseWord, adjectiveBaseOf, wordsOf } from "@/lib/morph";

describe("parseWord", () => {
  it("tags names, surnames and places with case and gender", () => {
    const [first] = parseWord("Александру");
    expect(first).toMatchObject({ lemma: "александр", case: "datv", gender: "masc", known: true });
    expect(first.grammemes.has("Name")).toBe(true);
    expect(parseWord("Умарова").some((p) => p.grammemes.has("Surn") && p.case === "gent")).toBe(true);
    expect(parseWord("Казахстане")[0]).toMatchObject({ lemma: "казахстан", case: "loct" });
  });

  it("reads ё as е, and guesses words the dictionary lacks", () => {
    expect(parseWord("Семёновым")[0].lemma).toBe("семенов");
    expect(parseWord("Пашиняном").some((p) => p.lemma === "пашинян" && !p.known)).toBe(true);
  });
});

describe("knownReadings", () => {
  // Asked before parseWord (these words are parsed nowhere else in this file), so the dictionary alone answers.
  const withoutInflect = (parses: ReturnType<typeof parseWord>) => parses.map((p) => ({ ...p, inflect: null }));

  it("gives parseWord's known readings, in its order and with its scores", () => {
    for (const word of ["Ростов", "стали", "Москвой", "замок"]) {
      const known = knownReadings(word);
      expect(known.length).toBeGreaterThan(0);
      expect(withoutInflect(known)).toEqual(withoutInflect(parseWord(word).filter((p) => p.known)));
    }
  });

  it("gives none for a word the dictionary lacks, which parseWord guesses", () => {
    expect(knownReadings("Кужугетовым")).toEqual([]);
    expect(parseWord("Кужугетовым").length).toBeGreaterThan(0);
  });
});

describe("nominativeOf", () => {
  it("keeps a feminine surname feminine", () => {
    const reading = parseWord("Ильясовой").find((p) => p.grammemes.has("Surn"))!;
    expect(nominativeOf(reading)).toBe("ильясова");
  });

  it("keeps a patronymic a patronymic, of either gender", () => {
    const patronymic = (word: string) => nominativeOf(parseWord(word).find((p) => p.grammemes.has("Patr"))!);
    expect(patronymic("Ивановича")).toBe("иванович");
    expect(patronymic("Петровной")).toBe("петровна");
    expect(patronymic("Сергеевичу")).toBe("сергеевич");
  });
});

describe("obliqueForms", () => {
  it("declines a masculine surname and leaves an indeclinable feminine first name alone", () => {
    expect(obliqueForms("Коц", "last", "male")).toEqual(expect.arrayContaining(["коца", "коцу", "коцем"]));
    expect(obliqueForms("Салтанат", "first", "female")).toEqual([]);
  });
});

describe("adjectiveBaseOf", () => {
  it("gives the name a possessive or relational adjective is made from, and nothing for other words", () => {
    expect(adjectiveBaseOf("Валаамово")).toBe("валаам");
    expect(adjectiveBaseOf("Валаамское")).toBe("валаам");
    expect(adjectiveBaseOf("кумова")).toBe("кум");
    expect(adjectiveBaseOf("Петров")).toBeNull();
    expect(adjectiveBaseOf("непослушание")).toBeNull();
  });
});

describe("wordsOf", () => {
  it("keeps hyphenated names whole and gives offsets", () => {
    expect(wordsOf("в Нур-Султане, 13 января", 10)).toEqual([
      { text: "в", start: 10, end: 11 },
      { text: "Нур-Султане", start: 12, end: 23 },
      { text: "13", start: 25, end: 27 },
      { text: "января", start: 28, end: 34 },
    ]);
  });
});
