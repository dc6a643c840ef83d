/**
 * CSV (RFC 4180) for exports people open in spreadsheets and for imports they save from them: quoted where needed,
 * CRLF rows, and a cell that a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading
 * apostrophe, which reading takes off again, so an export imports back unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows (the first one the header) as CSV text. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

export class CsvError extends Error {}

/** CSV text as rows of cells; a byte-order mark and blank lines are skipped. Throws CsvError on an unclosed quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endCell = () => {
    row.push(/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
    value = "";
  };
  const endRow = () => {
    endCell();
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") endCell();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else value += char;
  }
  if (quoted) throw new CsvError("a quoted cell is not closed");
  if (value !== "" || row.length > 0) endRow();
  return rows;
}
