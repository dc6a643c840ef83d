import { describe, expect, it } from "vitest";
import { readsAsTransliteration, rendersFaithfully } from "./transliteration";

describe("readsAsTransliteration", () => {
  it("reads an English word as the stem of a Russian word with a long case ending", () => {
    expect(readsAsTransliteration("tiktoker", "тиктокерами")).toBe(true);
    expect(readsAsTransliteration("podcaster", "подкастерами")).toBe(true);
  });

  it("holds the bare stem to one letter, so that a typo of a shared stem stays a typo", () => {
    expect(readsAsTransliteration("champin", "чемпионами")).toBe(false);
    expect(readsAsTransliteration("coroavirus", "коронавирусом")).toBe(false);
  });
});

describe("rendersFaithfully", () => {
  it("accepts a scheme's spelling or English usage of the word or its stem, with or without a vowel ending", () => {
    expect(rendersFaithfully("Zenit", "Зенита")).toBe(true);
    expect(rendersFaithfully("Maidan", "Майдане")).toBe(true);
    expect(rendersFaithfully("reddit", "редит")).toBe(true);
    expect(rendersFaithfully("Apatity", "Апатитами")).toBe(true);
  });

  it("refuses a mere likeness", () => {
    expect(rendersFaithfully("rgion", "районе")).toBe(false);
    expect(rendersFaithfully("sttus", "статус")).toBe(false);
  });
});

describe("readsAsTransliteration on hostile runs", () => {
  // Lengths are compared before the edit distance, which is quadratic on two long runs.
  it("still reads near spellings, and not a long Latin run as a shorter Cyrillic one", () => {
    expect(readsAsTransliteration("Dzhambul", "Джамбула")).toBe(true);
    expect(readsAsTransliteration("Zhezkazgan", "Жезказгане")).toBe(true);
    expect(readsAsTransliteration("q".repeat(20_000), "щ".repeat(5_000))).toBe(false);
    expect(readsAsTransliteration("ab".repeat(10_000), "аб".repeat(4_000))).toBe(false);
  });
});
