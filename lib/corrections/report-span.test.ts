import { describe, expect, it } from "vitest";
import { locateSelection } from "./report-span";

const TEXT = "Vice minister Yerlana Akbarova spoke. Later Yerlana Akbarova left the hall.";
const at = TEXT.indexOf("Yerlana Akbarova", 20);
const report = { revision: 1, start: at, end: at + 16, selection: "Yerlana Akbarova", contextBefore: "Later ", contextAfter: " left" };

describe("locateSelection", () => {
  it("uses the offsets when the reader saw the current revision", () => {
    expect(locateSelection(TEXT, 1, report)).toEqual({ start: at, end: at + 16 });
  });

  it("finds the selection by its context after the text moved", () => {
    const moved = "New first sentence. " + TEXT;
    expect(locateSelection(moved, 2, report)).toEqual({ start: at + 20, end: at + 36 });
  });

  it("gives up when the selection is no longer there or is ambiguous", () => {
    expect(locateSelection(TEXT.replaceAll("Yerlana Akbarova", "Yerlan Akbarov"), 2, report)).toBeNull();
    expect(locateSelection(TEXT.replace("Later ", "Then "), 2, { ...report, contextAfter: "" })).toBeNull();
  });
});
