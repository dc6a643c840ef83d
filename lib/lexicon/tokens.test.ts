import { describe, expect, it } from "vitest";
import { isEmbeddedInCode } from "./tokens";

/** The span of the `nth` occurrence of `word` in `text`. */
function spanOf(text: string, word: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  return { start, end: start + word.length, text: word };
}

describe("isEmbeddedInCode", () => {
  it("reads words joined by slashes alone as prose alternatives, and paths, handles and units as code", () => {
    const prose = "He sells books/magazins/newspapers and/or maps.";
    expect(isEmbeddedInCode(prose, spanOf(prose, "magazins"))).toBe(false);
    expect(isEmbeddedInCode(prose, spanOf(prose, "or"))).toBe(false);
    const code = "Write to u/vasya or see kp.ru/news at 60 km/h.";
    for (const word of ["vasya", "news"]) expect(isEmbeddedInCode(code, spanOf(code, word))).toBe(true);
  });

  it("takes a run of words and slashes longer than any list of alternatives for code", () => {
    const hostile = `Start ${"ab/".repeat(200)}ab end.`;
    expect(isEmbeddedInCode(hostile, spanOf(hostile, "ab", 100))).toBe(true);
    const short = `Start ${"ab/".repeat(5)}ab end.`;
    expect(isEmbeddedInCode(short, spanOf(short, "ab", 3))).toBe(false);
  });
});
