import { stringify } from "csv-stringify/sync";

export type Cell = string | number | Date | null | undefined;

/**
 * A spreadsheet opening the file would run a cell that starts with = + - @ (or a tab or carriage return that
 * some strip first) as a formula: such a text cell gets a leading apostrophe (OWASP's advice). Numbers and
 * dates are written as they are.
 */
export function defuseFormula(cell: Cell): string | number | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === "number") return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 CSV through csv-stringify: a header row, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break. A byte-order mark first, so that spreadsheet programs read the Cyrillic as UTF-8.
 */
export function toCsv<Row>(columns: { header: string; value: (row: Row) => Cell }[], rows: Row[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => defuseFormula(column.value(row)))),
    { header: true, columns: columns.map((column) => column.header), record_delimiter: "windows", bom: true },
  );
}
