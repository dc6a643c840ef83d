import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvFromRows, CsvError, defuseFormula, parseCsv, toCsv } from "./index";

describe("csv", () => {
  it("round-trips quotes, commas, line breaks, spaces and formula-like cells", () => {
    const rows = [["source", "target", "note"], ["Токаев", "Tokayev", 'said "hello", then left\nnext line'], ["=SUM(A1)", "-5", " padded "], ["", "@x", ""]];
    const text = csvFromRows(rows);
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

describe("CSV of items", () => {
  it("quotes per RFC 4180 and reads back the same cells", () => {
    const rows = [
      { name: "Ерулан «Жамаубаев», министр", note: 'He said "no"\nand left', count: 3 },
      { name: "Aigerim & <Seitkaziyeva>", note: "", count: 0 },
    ];
    const csv = toCsv([{ header: "name", value: (row: (typeof rows)[number]) => row.name }, { header: "note", value: (row) => row.note }, { header: "count", value: (row) => row.count }], rows);
    expect(csv.startsWith("\uFEFFname,note,count\r\n")).toBe(true);
    expect(csv).toContain('"He said ""no""\nand left"');
    expect(parse(csv, { bom: true, columns: true })).toEqual(rows.map((row) => ({ ...row, count: String(row.count) })));
  });

  it("defuses spreadsheet formulas in text cells only", () => {
    expect(["=SUM(A1)", "+7 701", "-2", "@cmd", "\tx", "plain", "a=b"].map(defuseFormula)).toEqual(["'=SUM(A1)", "'+7 701", "'-2", "'@cmd", "'\tx", "plain", "a=b"]);
    expect(defuseFormula(-2)).toBe(-2);
    expect(defuseFormula(new Date("2026-12-01T00:00:00Z"))).toBe("2026-12-01T00:00:00.000Z");
    expect(defuseFormula(null)).toBeUndefined();
  });
});
