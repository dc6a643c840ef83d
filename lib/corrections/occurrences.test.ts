import { describe, expect, it } from "vitest";
import { applyEdits } from "./text-edits";
import { entityEdits, looksLikeName, wholeWordOccurrences, type NameFlag } from "./occurrences";

const TEXT = "Askara Umarova met Kots. Alexandru Kotsu thanked Askara Umarova, and Askaru Umarovu left. Askara Umarovaya is not him.";

function flag(id: string, text: string, suggestion: string | null, occurrence = 0, check = "name-case"): NameFlag {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = TEXT.indexOf(text, at + 1);
  return { id, check, targetStart: at, targetEnd: at + text.length, targetText: text, suggestion };
}

describe("wholeWordOccurrences", () => {
  it("matches whole words only", () => {
    expect(wholeWordOccurrences(TEXT, "Kots").map((o) => o.start)).toEqual([TEXT.indexOf("Kots.")]);
    expect(wholeWordOccurrences(TEXT, "Askara Umarova")).toHaveLength(2);
    expect(wholeWordOccurrences("Умарова и Умаров", "Умаров")).toEqual([{ start: 10, end: 16 }]);
  });
});

describe("entityEdits", () => {
  it("fixes every occurrence of the name and the other case forms flagged with the same fix", () => {
    const first = flag("f1", "Askara Umarova", "Askar Umarov");
    const dative = flag("f2", "Askaru Umarovu", "Askar Umarov");
    const other = flag("f3", "Alexandru Kotsu", "Alexander Kots");
    const { edits, flagIds } = entityEdits(TEXT, first, [first, dative, other]);
    expect(edits).toHaveLength(3);
    expect(flagIds.sort()).toEqual(["f1", "f2"]);
    expect(applyEdits(TEXT, edits)).toBe("Askar Umarov met Kots. Alexandru Kotsu thanked Askar Umarov, and Askar Umarov left. Askara Umarovaya is not him.");
  });

  it("lets the reviewer change the replacement and skips spans already right", () => {
    const first = flag("f1", "Askara Umarova", "Askar Umarov");
    const { edits } = entityEdits("Askara Umarova and Askar Umarov", first, [first], "Askar Umarov");
    expect(edits).toEqual([{ start: 0, end: 14, text: "Askar Umarov" }]);
  });
});

describe("looksLikeName", () => {
  it("accepts capitalised names, hyphenated or not, and refuses phrases", () => {
    expect(looksLikeName("Yerlana Akbarova")).toBe(true);
    expect(looksLikeName("Kassym-Jomart Tokayev")).toBe(true);
    expect(looksLikeName("Аскара Умарова")).toBe(true);
    expect(looksLikeName("the minister")).toBe(false);
    expect(looksLikeName("Minister of Energy")).toBe(false);
  });
});
