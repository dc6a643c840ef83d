import { describe, expect, it } from "vitest";
import { consonantSkeleton, latinVariants, matchKey, preferredLatin, similarity } from "@/lib/translit";

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
