import { describe, expect, it } from "vitest";
import { locateSelection } from "./locate-selection";

const TEXT = [
  "Minister Askara Umarova arrived in Astana on Monday.",
  "",
  "Later Askar Umarov met the press in Astana and spoke about the budget.",
].join("\n");

const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length };
};

describe("locateSelection", () => {
  it("accepts the offsets the reader sent when the text there is the selection", () => {
    const { start, end } = at("Askara Umarova");
    expect(locateSelection(TEXT, { selection: "Askara Umarova", start, end, contextBefore: "Minister ", contextAfter: " arrived" })).toEqual({ found: true, start, end });
  });

  it("compares across paragraphs with whitespace runs as equal", () => {
    const start = TEXT.indexOf("Monday.");
    const end = TEXT.indexOf(" Umarov met");
    expect(locateSelection(TEXT, { selection: "Monday. Later Askar", start, end, contextBefore: "", contextAfter: "" })).toEqual({ found: true, start, end });
  });

  it("finds a selection whose offsets moved, when it occurs only once", () => {
    const { start, end } = at("spoke about the budget");
    const moved = locateSelection(TEXT, { selection: "spoke about the budget", start: start - 7, end: end - 7, contextBefore: "", contextAfter: "" });
    expect(moved).toEqual({ found: true, start, end });
  });

  it("picks the occurrence whose context agrees, ignoring how whitespace was laid out", () => {
    const second = at("Astana", TEXT.indexOf("Later"));
    const result = locateSelection(TEXT, { selection: "Astana", contextBefore: "met the\npress in ", contextAfter: "and spoke", start: 3, end: 9 });
    expect(result).toEqual({ found: true, ...second });
  });

  it("says ambiguous when the context cannot tell two occurrences apart", () => {
    expect(locateSelection(TEXT, { selection: "Astana", contextBefore: "", contextAfter: "" })).toEqual({ found: false, reason: "ambiguous" });
  });

  it("says missing when the passage is no longer in the text (for example, already corrected)", () => {
    expect(locateSelection(TEXT, { selection: "Askara  Umarova arrived in Almaty", contextBefore: "Minister", contextAfter: "" })).toEqual({ found: false, reason: "missing" });
  });

  it("does not match a glued word against its corrected, spaced form", () => {
    expect(locateSelection("He met Abaev who spoke.", { selection: "Abaevwho", contextBefore: "He met ", contextAfter: " spoke" })).toEqual({ found: false, reason: "missing" });
  });

  it("treats regular-expression characters in the selection literally", () => {
    const text = "Prices rose (by 8.4%) in May.";
    expect(locateSelection(text, { selection: "(by 8.4%)", contextBefore: "", contextAfter: "" })).toEqual({ found: true, start: 12, end: 21 });
  });
});
