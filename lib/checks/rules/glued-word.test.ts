import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { gluedWord } from "./glued-word";

testExamples(gluedWord);

describe("glued-word", () => {
  it("splits two lower-case words fused at a function word", () => {
    const findings = gluedWord.run(contextFor("Это одна из задач.", "This is one ofthe tasks."));
    expect(findings.map((f) => f.suggestion)).toEqual(["of the"]);
  });

  it("leaves names from the source alone even when they contain English words", () => {
    const context = contextFor("Губернатор Сергей Фургал арестован.", "Governor Sergei Furgal has been arrested.");
    expect(flaggedTexts(gluedWord.run(context))).toEqual([]);
  });

  it("leaves domains and brand names alone", () => {
    const context = contextFor("Подробности на сайте kp.ru и в YouTube.", "Details are on kp.ru and on YouTube.");
    expect(flaggedTexts(gluedWord.run(context))).toEqual([]);
  });
});
