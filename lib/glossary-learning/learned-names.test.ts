import { describe, expect, it } from "vitest";
import { learnedNames } from "./learned-names";

const change = (before: string, after: string, source: string, start = 0) => ({ start, end: start + before.length, before, after, source });

describe("learnedNames", () => {
  it("learns each word of a name whose case ending a flagged correction removed, in the dictionary form", () => {
    const before = "According to Askara Umarova, tariffs will be reviewed.";
    const changes = [change(before, "According to Askar Umarov, tariffs will be reviewed.", "По словам Аскара Умарова, тарифы пересмотрят.", 100)];
    const flags = [{ check: "name-case", targetStart: 113, targetEnd: 127, sourceText: "Аскара Умарова" }];
    expect(learnedNames(changes, flags)).toEqual([
      { source: "Аскар", target: "Askar", wrongForm: "Askara" },
      { source: "Умаров", target: "Umarov", wrongForm: "Umarova" },
    ]);
  });

  it("learns a respelled name without a flag, from the original sentence", () => {
    const changes = [change("Minister Askar Umarow arrived in Astana.", "Minister Askar Umarov arrived in Astana.", "Министр Аскар Умаров прибыл в Астану.")];
    expect(learnedNames(changes, [])).toEqual([{ source: "Умаров", target: "Umarov", wrongForm: "Umarow" }]);
  });

  it("learns nothing from a change of common words", () => {
    const changes = [change("He met journalists on Wednesday.", "He met reporters on Wednesday.", "Он встретился с журналистами в среду.")];
    expect(learnedNames(changes, [])).toEqual([]);
  });
});
