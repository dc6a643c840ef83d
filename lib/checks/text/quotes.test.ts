import { describe, expect, it } from "vitest";
import { pairMarks } from "./quotes";

describe("pairMarks", () => {
  it("pairs each closing mark with the innermost open one it can close, leaving those inside it unpaired", () => {
    const text = "Он сказал («да [и нет» потом).";
    const { pairs, unpaired } = pairMarks(text);
    expect(pairs.map(({ open, close }) => text.slice(open.index, close.index + 1))).toEqual(["«да [и нет»", "(«да [и нет» потом)"]);
    expect(unpaired).toEqual([{ index: text.indexOf("["), char: "[" }]);
  });

  it("lets a quotation reopen in each of thousands of paragraphs, while their brackets stay open", () => {
    const paragraph = "“We will build roads (and bridges.\n\n";
    const text = `${paragraph.repeat(5000)}“And schools,” he said.`;
    const starts = Array.from({ length: 5001 }, (_, i) => i * paragraph.length);
    const { pairs, unpaired } = pairMarks(text, starts);
    expect(pairs.map(({ open, close }) => text.slice(open.index, close.index + 1))).toEqual(["“And schools,”"]);
    expect(unpaired.map((mark) => mark.char)).toEqual(Array(5000).fill("("));
    // Not at a paragraph's start, a quotation mark opens a quotation of its own, left open.
    const quoted = "He said “we will build roads (and bridges.\n\n";
    const reported = pairMarks(`${quoted.repeat(5000)}He said “and schools,” too.`, Array.from({ length: 5001 }, (_, i) => i * quoted.length));
    expect(reported.unpaired.map((mark) => mark.char)).toEqual(Array(5000).fill(["“", "("]).flat());
  });
});
