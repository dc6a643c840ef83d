import { describe, expect, it } from "vitest";
import { LetterModel } from "./letter-model";

// Own made-up training words: English-looking name spellings with "sh" and "-son" endings, never "shq" or "xz".
const WORDS = ["shawn", "sean", "shane", "sheldon", "johnson", "jackson", "harrison", "shelton", "dawson", "shannon"];
const model = LetterModel.train(WORDS.map((latin) => ({ latin, weight: 1 })), { order: 5, minCount: 1, discount: 0.8 });

describe("the letter model", () => {
  it("prefers spellings that write names the way training did", () => {
    expect(model.logProbability("Shelson")).toBeGreaterThan(model.logProbability("Xzqelson"));
    expect(model.logProbability("jameson")).toBeGreaterThan(model.logProbability("jamesno"));
  });

  it("folds words before scoring them", () => {
    expect(model.logProbability("Dawsón")).toBeCloseTo(model.logProbability("dawson"), 9);
  });

  it("is a distribution: longer words of the same letters are less likely", () => {
    expect(model.logProbability("shawn")).toBeLessThan(0);
    expect(model.logProbability("shawnshawn")).toBeLessThan(model.logProbability("shawn"));
  });

  it("packs letter histories longer than graphone ones", () => {
    expect(model.data.order).toBe(5);
    expect(model.data.bits).toBe(5);
    expect(() => new LetterModel({ ...model.data, order: 11 })).toThrow(/does not fit/);
  });
});
