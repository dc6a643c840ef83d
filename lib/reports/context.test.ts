import { describe, expect, it } from "vitest";
import { contextAround, trimSpan } from "./context";

describe("contextAround", () => {
  const text = "The festival opened on Registan Square in Samarkandthat evening with a concert.";
  const start = text.indexOf("Samarkandthat");
  const end = start + "Samarkandthat".length;

  it("keeps whole words either side", () => {
    expect(contextAround(text, start, end, 12)).toEqual({ before: " Square in ", after: " evening " });
  });

  it("returns everything when the text is shorter than the context", () => {
    expect(contextAround(text, start, end, 500)).toEqual({ before: text.slice(0, start), after: text.slice(end) });
  });
});

describe("trimSpan", () => {
  it("drops whitespace at both ends", () => {
    const text = "a  word \n b";
    expect(trimSpan(text, 1, 9)).toEqual({ start: 3, end: 7 });
  });
});
