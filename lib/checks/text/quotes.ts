/** Quotation marks and brackets of a text, paired as a reader pairs them. */

export interface Mark {
  index: number;
  char: string;
}

export interface Pairing {
  pairs: Array<{ open: Mark; close: Mark }>;
  unpaired: Mark[];
}

/** Which closing mark may end which opening mark; a straight quote closes any quotation. */
const CLOSES: Record<string, string[]> = {
  "”": ["“", '"'],
  "»": ["«"],
  '"': ["“", '"', "„"],
  "“": ["„"],
  ")": ["("],
  "]": ["["],
};

const OPENING = new Set(["“", "«", "„", "(", "["]);
const MARK = /["“”«»„()[\]]/gu;

/**
 * `paragraphStarts` lets a quotation run over paragraphs the way news prints it: each paragraph of a
 * long quotation opens again, and only the last one closes.
 */
export function pairMarks(text: string, paragraphStarts: readonly number[] = [0]): Pairing {
  const open: Mark[] = [];
  const pairs: Pairing["pairs"] = [];
  const unpaired: Mark[] = [];
  for (const match of text.matchAll(MARK)) {
    const mark = { index: match.index ?? 0, char: match[0] };
    if (isListNumbering(text, mark) && !open.some((candidate) => candidate.char === "(")) continue;
    const role = roleOf(text, mark, open);
    if (role === "open") {
      if (QUOTES.has(mark.char) && opensParagraph(text, mark, paragraphStarts)) dropOpenQuotes(open);
      open.push(mark);
      continue;
    }
    const at = findLastIndex(open, (candidate) => CLOSES[mark.char]?.includes(candidate.char) ?? false);
    if (at < 0) {
      unpaired.push(mark);
      continue;
    }
    unpaired.push(...open.splice(at + 1));
    pairs.push({ open: open.pop() as Mark, close: mark });
  }
  return { pairs, unpaired: [...unpaired, ...open].sort((a, b) => a.index - b.index) };
}

/**
 * Curly marks say which they are; a straight quote is told by its spacing ("word" closes after a
 * letter and before a space), and when its spacing says nothing, it closes an open quotation.
 */
function roleOf(text: string, mark: Mark, open: Mark[]): "open" | "close" {
  if (OPENING.has(mark.char)) return "open";
  if (mark.char !== '"') return "close";
  const before = text[mark.index - 1] ?? " ";
  const after = text[mark.index + 1] ?? " ";
  const spaceBefore = /[\s([{“«—–-]/u.test(before);
  const spaceAfter = /[\s)\]}.,;:!?”»—–-]/u.test(after);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  return open.some((candidate) => candidate.char === '"' || candidate.char === "“") ? "close" : "open";
}

/** "1)" or "a)" opening a list item has no opening bracket. */
function isListNumbering(text: string, mark: Mark): boolean {
  return mark.char === ")" && /(?:^|\s)[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, mark.index - 2), mark.index));
}

const QUOTES = new Set(['"', "“", "«", "„"]);

function opensParagraph(text: string, mark: Mark, paragraphStarts: readonly number[]): boolean {
  const start = paragraphStarts.findLast((offset) => offset <= mark.index) ?? 0;
  return text.slice(start, mark.index).trim() === "";
}

/** The quotation open from an earlier paragraph goes on in this one. */
function dropOpenQuotes(open: Mark[]): void {
  for (let i = open.length - 1; i >= 0; i--) if (QUOTES.has(open[i].char)) open.splice(i, 1);
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}

/** Whether a text's quotation marks and brackets leave something open or unopened. */
export function isUnbalanced(text: string): boolean {
  return pairMarks(text).unpaired.length > 0;
}
