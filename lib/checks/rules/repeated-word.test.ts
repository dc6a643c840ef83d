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

describe("repeated-word: runs of three", () => {
  it("takes three or more in a row for meant, two for a slip", () => {
    expect(flaggedTexts(repeatedWord.run(contextFor("Ха-ха-ха, сказал он.", "Ha ha ha, he said, and so on on.")))).toEqual(["on on"]);
    expect(flaggedTexts(repeatedWord.run(contextFor("Тук-тук-тук-тук.", "Knock knock knock knock, the the door.")))).toEqual(["the the"]);
  });
});

describe("repeated-word: a particle after an irregular verb", () => {
  const flagged = (source: string, target: string) => flaggedTexts(repeatedWord.run(contextFor(source, target)));

  it("leaves a particle doubled as the preposition after a verb of any form", () => {
    expect(flagged("В Астрахани установилась сорокаградусная жара.", "Forty-degree heat has set in in Astrakhan.")).toEqual([]);
    expect(flagged("Буря началась в воскресенье ночью.", "The storm came on on Sunday night.")).toEqual([]);
    expect(flagged("Новые правила вступят в силу в январе.", "The new rules come in in January.")).toEqual([]);
  });

  it("flags a doubled particle with no object after it, or after no verb", () => {
    expect(flagged("Он вошёл.", "He walked in in.")).toEqual(["in in"]);
    expect(flagged("Она сдалась.", "She finally gave up up.")).toEqual(["up up"]);
    expect(flagged("Дом в деревне продан.", "The house in in the village was sold.")).toEqual(["in in"]);
  });
});

describe("repeated-word: doubles that are meant", () => {
  it("leaves a double the source has, and a phrasal verb's particle before the same preposition", () => {
    expect(flaggedTexts(repeatedWord.run(contextFor("5 5 советов для новичков", "5 5 tips for beginners")))).toEqual([]);
    expect(flaggedTexts(repeatedWord.run(contextFor("Дома на меня кричат.", "I get yelled at at home.")))).toEqual([]);
    expect(flaggedTexts(repeatedWord.run(contextFor("В Казани то же самое происходит.", "The same is going on on the Volga.")))).toEqual([]);
  });

  it("still flags a double the source does not have, and a preposition doubled after a noun", () => {
    expect(flaggedTexts(repeatedWord.run(contextFor("5 советов для новичков", "5 5 tips for beginners")))).toEqual(["5 5"]);
    expect(flaggedTexts(repeatedWord.run(contextFor("Он живёт в Казани.", "He lives in in Kazan.")))).toEqual(["in in"]);
  });
});
