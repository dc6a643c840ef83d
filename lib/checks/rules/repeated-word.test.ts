import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { repeatedWord } from "./repeated-word";

testExamples(repeatedWord);

describe("repeated-word", () => {
  it("flags repeated hyphenated compounds and ignores case", () => {
    const context = contextFor("Он бывший муж её сестры.", "He is her sister's ex-husband Ex-husband.");
    expect(flaggedTexts(repeatedWord.run(context))).toEqual(["ex-husband Ex-husband"]);
  });

  it("ignores a word repeated across punctuation", () => {
    const context = contextFor("Нет, нет и нет.", "No, no, and again: again we refuse. Refuse.");
    expect(flaggedTexts(repeatedWord.run(context))).toEqual([]);
  });
});
