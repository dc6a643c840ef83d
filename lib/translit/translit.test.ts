import { describe, expect, it } from "vitest";
import * as iuliia from "iuliia";
import { consonantSkeleton, latinVariants, matchKey, preferredLatin, similarity } from "@/lib/translit";
import { translateWithScheme } from "./scheme-translate";

describe("latinVariants", () => {
  it("gives the spellings of several schemes, without BGN's leftover ё or soft-sign marks", () => {
    expect(latinVariants("Евгений")).toEqual(expect.arrayContaining(["Yevgeny", "Yevgeniy", "Evgenii", "Evgeny"]));
    expect(latinVariants("Щёкин").join(" ")).not.toMatch(/[ёʹ’]/);
    expect(latinVariants("Дегтярёв")).toEqual(expect.arrayContaining(["Degtyarev", "Degtyaryov"]));
  });

  it("suggests the Wikipedia spelling", () => {
    expect(preferredLatin("Токаев")).toBe("Tokayev");
  });
});

describe("translateWithScheme", () => {
  // Endings with their own rules (-ий, -ый, -ие), letters read by their neighbours (е after a vowel, ъ, ь, ё), a hyphen,
  // a one-letter word, Latin and separators left as they are.
  const texts = ["Дзержинский", "Новый Уренгой", "Маяковская, Подъездной", "Ёлкин и Соловьёв", "Усть-Илимск", "в США: Yandex (ИИ)", "Юрьевич, Ян", "объявление"];

  it.each([iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.ICAO_DOC_9303, iuliia.MVD_782, iuliia.YANDEX_MAPS, iuliia.GOST_52535, iuliia.BS_2979_ALT, iuliia.MOSMETRO])(
    "writes what iuliia's engine writes under $name",
    (scheme) => {
      for (const text of texts) expect(translateWithScheme(text, scheme)).toBe(iuliia.translate(text, scheme));
    },
  );
});

describe("matchKey", () => {
  it.each([
    ["Tokayev", "Tokaev"],
    ["Sergei", "Sergey"],
    ["Degtyarev", "Degtyaryov"],
    ["Kassym-Jomart", "Kasym-Zhomart"],
    ["Khabib", "Habib"],
    ["Dowden", "Dauden"],
    ["Kronstadt", "Kronshtadt"],
    ["Tokayev's", "Tokayev"],
  ])("folds %s and %s together", (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it("keeps different names apart", () => {
    expect(matchKey("Kots")).not.toBe(matchKey("Kotsu"));
    expect(similarity("Alexander", "Aleksandr")).toBeGreaterThan(0.85);
    expect(similarity("Umarov", "Pashinyan")).toBeLessThan(0.3);
  });
});

describe("consonantSkeleton", () => {
  it("matches names borrowed into Russian by ear", () => {
    expect(consonantSkeleton("Price")).toBe(consonantSkeleton("Prays"));
    expect(consonantSkeleton("Hitler")).toBe(consonantSkeleton("Gitler"));
  });
});
