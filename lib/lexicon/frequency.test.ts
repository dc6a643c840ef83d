import { describe, expect, it } from "vitest";
import { isFrequentWord, zipfFrequency } from "./frequency";

describe("word frequency", () => {
  it("puts the commonest words near 6 and a word the corpus never saw at 0", () => {
    expect(zipfFrequency("the")).toBeGreaterThan(6);
    expect(zipfFrequency("qwrtzk")).toBe(0);
  });

  it("counts a word in any letter case and its possessive as the word", () => {
    expect(zipfFrequency("History")).toBe(zipfFrequency("history"));
    expect(zipfFrequency("teacher’s")).toBe(zipfFrequency("teacher"));
  });

  it("takes everyday words for frequent, rare and archaic ones not", () => {
    expect(["stop", "history", "track", "would"].filter(isFrequentWord)).toEqual(["stop", "history", "track", "would"]);
    expect(["nitre", "recap", "wold", "pp"].filter(isFrequentWord)).toEqual([]);
  });
});
