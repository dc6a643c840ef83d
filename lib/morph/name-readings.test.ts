import { describe, expect, it } from "vitest";
import { isCommonNounReading, isNameReading, parseWord, PERSON_GRAMMEMES } from "@/lib/morph";

const someName = (word: string, names?: readonly string[]) => parseWord(word).some((p) => isNameReading(p, names));
const someCommonNoun = (word: string, names?: readonly string[]) => parseWord(word).some((p) => isCommonNounReading(p, names));

describe("isNameReading", () => {
  it("finds a first name's, a surname's, a place's and an organisation's readings", () => {
    for (const word of ["Александру", "Попов", "Москвы", "Яндекс"]) expect(someName(word)).toBe(true);
  });

  it("finds none in a common noun, capitalised or not", () => {
    for (const word of ["Стол", "эхо", "заяц"]) expect(someName(word)).toBe(false);
  });

  it("narrows to a person's name: a place is none", () => {
    expect(someName("Ольгой", PERSON_GRAMMEMES)).toBe(true);
    expect(someName("Казани", PERSON_GRAMMEMES)).toBe(false);
  });

  it("finds a name only in the capitalised spelling", () => {
    expect(someName("Надежда")).toBe(true);
    expect(someName("надежда")).toBe(false);
  });
});

describe("isCommonNounReading", () => {
  it("accepts a common noun the dictionary has", () => {
    for (const word of ["Стол", "эхо", "заяц"]) expect(someCommonNoun(word)).toBe(true);
  });

  it("rejects a name's readings and a verb's", () => {
    for (const word of ["Александру", "Москвы", "Яндекс", "заявил"]) expect(someCommonNoun(word)).toBe(false);
  });

  it("rejects a noun az only guessed (глокая куздра)", () => {
    expect(parseWord("куздрой").some((p) => p.pos === "NOUN")).toBe(true);
    expect(someCommonNoun("куздрой")).toBe(false);
  });

  it("keeps the common reading of a word that is a name too: a surname of поп, a first name that is hope", () => {
    for (const word of ["Попов", "Надежда"]) {
      expect(someCommonNoun(word)).toBe(true);
      expect(parseWord(word).every((p) => isCommonNounReading(p))).toBe(false);
    }
  });

  it("takes a place for a common noun when only a person's name is set aside", () => {
    expect(someCommonNoun("Казани", PERSON_GRAMMEMES)).toBe(true);
    expect(someCommonNoun("Ольгой", PERSON_GRAMMEMES)).toBe(false);
  });
});
