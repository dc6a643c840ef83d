import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

const render = (before: string, after: string) =>
  wordDiff(before, after).map((p) => (p.op === "equal" ? p.text : p.op === "insert" ? `{+${p.text}+}` : `[-${p.text}-]`)).join("");

describe("wordDiff", () => {
  it("shows whole words, never a letter cut off a name", () => {
    expect(render("Deputy minister Askara Umarova said.", "Deputy minister Askar Umarov said.")).toBe("Deputy minister [-Askara Umarova-]{+Askar Umarov+} said.");
  });

  it("splits a glued word into an edit a person can read", () => {
    expect(render("the plant in Pavlodarwhich supplies fuel", "the plant in Pavlodar, which supplies fuel")).toBe("the plant in [-Pavlodarwhich-]{+Pavlodar, which+} supplies fuel");
  });

  it("keeps emoji whole and round-trips both sides", () => {
    const before = "Readers 👍 liked Nikola Pashinyan 🇦🇲.";
    const after = "Readers 👎 liked Nikol Pashinyan 🇦🇲.";
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.op !== "insert").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.op !== "delete").map((p) => p.text).join("")).toBe(after);
    expect(parts.find((p) => p.op === "delete")?.text).toContain("👍");
  });

  it("works on Cyrillic words and pure insertions or deletions", () => {
    expect(render("Министр прибыл в Астану.", "Министр Умаров прибыл в Астану.")).toBe("Министр {+Умаров +}прибыл в Астану.");
    expect(render("to to the point", "to the point")).toBe("[-to -]to the point");
    expect(render("same", "same")).toBe("same");
    expect(wordDiff("", "")).toEqual([]);
  });
});
