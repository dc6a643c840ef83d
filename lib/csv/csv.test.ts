import { describe, expect, it } from "vitest";
import { CsvError, parseCsv, toCsv } from "./index";

describe("csv", () => {
  it("round-trips quotes, commas, line breaks, spaces and formula-like cells", () => {
    const rows = [["source", "target", "note"], ["Токаев", "Tokayev", 'said "hello", then left\nnext line'], ["=SUM(A1)", "-5", " padded "], ["", "@x", ""]];
    const text = toCsv(rows);
    expect(text).toContain("'=SUM(A1)");
    expect(parseCsv(text)).toEqual(rows);
  });

  it("reads LF files with a byte-order mark and skips blank lines", () => {
    expect(parseCsv("\ufeffa,b\n\n1,2\n")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("refuses an unclosed quote", () => {
    expect(() => parseCsv('a,"b\n1,2')).toThrow(CsvError);
  });
});
