import { describe, expect, it } from "vitest";
import { readsAsTransliteration } from "./transliteration";

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
