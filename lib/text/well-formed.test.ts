import { describe, expect, it } from "vitest";
import { isWellFormedText, splitsSurrogatePair, toWellFormedText, wellFormedString } from "./well-formed";

const HIGH = "\uD83D"; // the first half of 😀
const LOW = "\uDE00"; // the second half

describe("well-formed text", () => {
  it("knows a lone surrogate and a NUL from a whole emoji", () => {
    expect(isWellFormedText("Kyiv 😀 Київ")).toBe(true);
    expect(isWellFormedText(`a${HIGH}b`)).toBe(false);
    expect(isWellFormedText(`a${LOW}`)).toBe(false);
    expect(isWellFormedText("a\u0000b")).toBe(false);
  });

  it("replaces each lone surrogate and NUL by U+FFFD, one unit for one, and leaves pairs alone", () => {
    const text = `${HIGH}The region 😀 was${LOW} gasified\u0000`;
    const fixed = toWellFormedText(text);
    expect(fixed).toBe("\uFFFDThe region 😀 was\uFFFD gasified\uFFFD");
    expect(fixed.length).toBe(text.length);
    expect(fixed.indexOf("gasified")).toBe(text.indexOf("gasified"));
  });

  it("drops them instead when told to (the cut edge of a context)", () => {
    expect(toWellFormedText(`${LOW}after 😀 ${HIGH}`, "")).toBe("after 😀 ");
  });

  it("says when an offset would cut a pair in two", () => {
    expect(splitsSurrogatePair("a😀b", 2)).toBe(true);
    expect(splitsSurrogatePair("a😀b", 1)).toBe(false);
    expect(splitsSurrogatePair("a😀b", 3)).toBe(false);
    expect(splitsSurrogatePair("", 0)).toBe(false);
  });

  it("refuses ill-formed small input in a schema", () => {
    expect(wellFormedString().max(5).safeParse("fine").success).toBe(true);
    expect(wellFormedString().safeParse(HIGH).success).toBe(false);
    expect(wellFormedString().trim().safeParse(" a\u0000 ").success).toBe(false);
  });
});
