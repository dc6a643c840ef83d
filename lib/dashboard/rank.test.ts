import { describe, expect, it } from "vitest";
import { countWords, qualityScore, rankArticles } from "./rank";

const article = (name: string, openReports: number, openFlags: number, penalty: number, words: number, day = 1) => ({ name, openReports, openFlags, penalty, words, createdAt: new Date(2026, 0, day) });

describe("dashboard ranking", () => {
  it("puts reader reports first, then open flags, then lower quality, then newer", () => {
    const ranked = rankArticles([
      article("clean", 0, 0, 0, 500),
      article("flagged", 0, 4, 8, 500),
      article("reported", 1, 0, 0, 500),
      article("worse quality", 0, 4, 40, 500),
      article("newer clean", 0, 0, 0, 500, 5),
    ]);
    expect(ranked.map((a) => a.name)).toEqual(["reported", "worse quality", "flagged", "newer clean", "clean"]);
  });

  it("scores quality per word, 0 to 100", () => {
    expect(qualityScore({ penalty: 0, words: 300 })).toBe(100);
    expect(qualityScore({ penalty: 10, words: 200 })).toBe(95);
    expect(qualityScore({ penalty: 900, words: 200 })).toBe(0);
    expect(qualityScore({ penalty: 1, words: 0 })).toBe(0);
  });

  it("counts words, keeping hyphenated names and apostrophes whole", () => {
    expect(countWords("Kassym-Jomart Tokayev's speech, 13 January — 2 500 words.")).toBe(8);
  });
});
