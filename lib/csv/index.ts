import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/**
 * CSV (RFC 4180) for the files people open in spreadsheets and save from them, through csv-stringify and csv-parse
 * (well-kept, streaming-capable, strict about quotes) rather than a hand-written scanner.
 */

export type Cell = string | number | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A spreadsheet opening the file would run a cell that starts with = + - @ (or a tab or carriage return that
 * some strip first) as a formula: such a text cell gets a leading apostrophe (OWASP's advice), which parseCsv takes
 * off again, so an export imports back unchanged. Numbers and dates are written as they are.
 */
export function defuseFormula(cell: Cell): string | number | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === "number") return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as CSV: CRLF line ends, fields quoted when they hold a comma, a quote, a line break or edge spaces, and a
 * byte-order mark first, so that spreadsheet programs read the Cyrillic as UTF-8.
 */
export function csvFromRows(rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((row) => row.map(defuseFormula)),
    { record_delimiter: "windows", bom: true, quoted_match: /^\s|\s$/ },
  );
}

/** A header row, then one row per item, each column's value taken from the item. */
export function toCsv<Row>(columns: { header: string; value: (row: Row) => Cell }[], rows: readonly Row[]): string {
  return csvFromRows([columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.value(row)))]);
}

export class CsvError extends Error {}

/** CSV text as rows of cells (a byte-order mark and blank lines skipped); throws CsvError on malformed CSV. */
export function parseCsv(text: string): string[][] {
  try {
    const rows: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
    return rows.map((row) => row.map((value) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value)));
  } catch (error) {
    throw new CsvError(error instanceof Error ? error.message.replace(/^Invalid Record Length: |\.$/g, "") : String(error));
  }
}
