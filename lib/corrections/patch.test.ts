import { describe, expect, it } from "vitest";
import { applyPatchByContext, describeConflicts, makePatch } from "./patch";
import { applyEdits, type TextEdit } from "./text-edits";

const ARTICLE = [
  "Deputy minister Askara Umarova told reporters in Astana that the reservoir is full.",
  "",
  "According to Askara Umarova, repairs at the pumping station will start in spring.",
  "",
  "Farmers in the region welcomed the news 👍 and asked for lower tariffs.",
].join("\n");

function editOf(text: string, find: string, replacement: string, occurrence = 0): TextEdit {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(find, at + 1);
  if (at === -1) throw new Error(`no ${find}`);
  return { start: at, end: at + find.length, text: replacement };
}

function expectApplied(current: string, patch: string): string {
  const result = applyPatchByContext(current, patch);
  if (!result.ok) throw new Error(describeConflicts(result.conflicts));
  return result.text;
}

describe("makePatch / applyPatchByContext", () => {
  it("reproduces the edited text on the unchanged base", () => {
    const edits = [editOf(ARTICLE, "Askara Umarova", "Askar Umarov"), editOf(ARTICLE, "Askara Umarova", "Askar Umarov", 1)];
    const patch = makePatch(ARTICLE, edits);
    expect(expectApplied(ARTICLE, patch)).toBe(applyEdits(ARTICLE, edits));
    expect(expectApplied(ARTICLE, patch)).not.toContain("Umarova");
  });

  it("survives emoji next to the edit and in the replacement (no URIError, no split pairs)", () => {
    const text = "Readers voted 👍 for Nikola Pashinyan 🇦🇲 yesterday.";
    const edits = [editOf(text, "👍", "👎"), editOf(text, "Nikola Pashinyan", "Nikol Pashinyan 🙂")];
    const patch = makePatch(text, edits);
    expect(patch).toContain("%F0%9F%91%8E");
    expect(expectApplied(text, patch)).toBe("Readers voted 👎 for Nikol Pashinyan 🙂 🇦🇲 yesterday.");
  });

  it("handles Russian and English text alike", () => {
    const text = "Министр Аскар Умаров прибыл в Астану. Minister Askara Umarova arrived in Astana.";
    const edits = [editOf(text, "Askara Umarova", "Askar Umarov"), editOf(text, "прибыл", "приехал")];
    expect(expectApplied(text, makePatch(text, edits))).toBe("Министр Аскар Умаров приехал в Астану. Minister Askar Umarov arrived in Astana.");
  });

  it("follows text that moved: a paragraph added above and the edited one moved to the end", () => {
    const edits = [editOf(ARTICLE, "Askara Umarova", "Askar Umarov", 1)];
    const patch = makePatch(ARTICLE, edits);
    const [first, , second, , third] = ARTICLE.split("\n");
    const moved = ["The ministry published a statement on Monday morning.", "", first, "", third, "", second].join("\n");
    const result = expectApplied(moved, patch);
    expect(result).toContain("According to Askar Umarov, repairs");
    expect(result).toContain("Deputy minister Askara Umarova told");
    expect(result.length).toBe(moved.length - 2);
  });

  it("is a conflict, not a fuzzy edit, when someone changed the corrected words since", () => {
    const patch = makePatch(ARTICLE, [editOf(ARTICLE, "Askara Umarova", "Askar Umarov", 1)]);
    const changed = ARTICLE.replace("According to Askara Umarova,", "According to Askara Umarov,");
    const result = applyPatchByContext(changed, patch);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflicts[0].removed).toContain("a");
    expect(describeConflicts(result.conflicts)).toMatch(/changed since this correction was made/);
  });

  it("is a conflict when the context around the edit was rewritten, even though the name is still there", () => {
    const patch = makePatch(ARTICLE, [editOf(ARTICLE, "Askara Umarova", "Askar Umarov", 1)]);
    const changed = ARTICLE.replace("According to Askara Umarova, repairs", "As stated by Askara Umarova: repairs");
    expect(applyPatchByContext(changed, patch).ok).toBe(false);
  });

  it("is a conflict when the sentence is gone", () => {
    const patch = makePatch(ARTICLE, [editOf(ARTICLE, "pumping station", "pump station")]);
    const changed = ARTICLE.replace(/According to[^\n]*/, "The repairs were postponed.");
    expect(applyPatchByContext(changed, patch).ok).toBe(false);
  });

  it("applies when an unrelated sentence changed, keeping that other change", () => {
    const patch = makePatch(ARTICLE, [editOf(ARTICLE, "Askara Umarova", "Askar Umarov")]);
    const changed = ARTICLE.replace("asked for lower tariffs", "asked for lower electricity tariffs");
    const result = expectApplied(changed, patch);
    expect(result).toContain("Deputy minister Askar Umarov told");
    expect(result).toContain("lower electricity tariffs");
  });

  it("narrows a rewritten sentence to the words that changed", () => {
    const sentence = editOf(ARTICLE, ARTICLE.split("\n")[0], ARTICLE.split("\n")[0].replace("Askara Umarova", "Askar Umarov"));
    const patch = makePatch(ARTICLE, [sentence]);
    const changed = ARTICLE.replace("reservoir is full", "reservoir is nearly full");
    expect(expectApplied(changed, patch)).toContain("Deputy minister Askar Umarov told reporters in Astana that the reservoir is nearly full.");
  });

  it("makes an empty patch for no change, which applies to anything", () => {
    const patch = makePatch(ARTICLE, []);
    expect(patch).toBe("");
    expect(expectApplied("other text", patch)).toBe("other text");
  });

  it("handles a long deletion (over Match_MaxBits) and refuses it when its middle changed", () => {
    const long = ARTICLE.split("\n")[2];
    const patch = makePatch(ARTICLE, [editOf(ARTICLE, long, "")]);
    expect(expectApplied(ARTICLE, patch)).not.toContain("pumping station");
    expect(applyPatchByContext(ARTICLE.replace("pumping station", "pumping plant"), patch).ok).toBe(false);
  });
});

describe("applyEdits", () => {
  it("refuses overlapping edits and edits that split an emoji", () => {
    expect(() => applyEdits("abcdef", [{ start: 0, end: 3, text: "x" }, { start: 2, end: 4, text: "y" }])).toThrow(/overlap/);
    expect(() => applyEdits("a👍b", [{ start: 2, end: 3, text: "" }])).toThrow(/splits/);
    expect(() => applyEdits("abc", [{ start: 2, end: 9, text: "" }])).toThrow(/outside/);
  });
});
