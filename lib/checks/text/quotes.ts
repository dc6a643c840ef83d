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
  const open = new OpenMarks();
  const pairs: Pairing["pairs"] = [];
  const unpaired: Mark[] = [];
  const paragraphStartOf = paragraphStartsInOrder(paragraphStarts);
  for (const match of text.matchAll(MARK)) {
    const mark = { index: match.index ?? 0, char: match[0] };
    if (isListNumbering(text, mark) && !open.has(["("])) continue;
    const role = roleOf(text, mark, open);
    if (role === "open") {
      if (QUOTES.has(mark.char) && onlySpaceBetween(text, paragraphStartOf(mark.index), mark.index)) open.dropQuotes();
      open.push(mark);
      continue;
    }
    const partner = open.lastOf(CLOSES[mark.char] ?? []);
    if (!partner) {
      unpaired.push(mark);
      continue;
    }
    // Not spread: thousands of marks may stand inside the closed one.
    for (const inner of open.closeAt(partner)) unpaired.push(inner);
    pairs.push({ open: partner.mark, close: mark });
  }
  return { pairs, unpaired: [...unpaired, ...open.remaining()].sort((a, b) => a.index - b.index) };
}

interface OpenEntry {
  mark: Mark;
  /** Its place in the stack. */
  depth: number;
  live: boolean;
}

/**
 * The marks open so far, innermost last. The last open mark of each character is found without a scan: a text of
 * thousands of brackets that never close had each closing mark search them all. Marks dropped from the middle (an
 * earlier paragraph's quotation) stay in the stack as dead entries until it unwinds past them.
 */
class OpenMarks {
  private readonly stack: OpenEntry[] = [];
  private readonly byChar = new Map<string, OpenEntry[]>();
  private readonly liveCount = new Map<string, number>();

  push(mark: Mark): void {
    const entry = { mark, depth: this.stack.length, live: true };
    this.stack.push(entry);
    this.entriesOf(mark.char).push(entry);
    this.liveCount.set(mark.char, (this.liveCount.get(mark.char) ?? 0) + 1);
  }

  has(chars: readonly string[]): boolean {
    return chars.some((char) => (this.liveCount.get(char) ?? 0) > 0);
  }

  /** The innermost open mark of any of `chars`. */
  lastOf(chars: readonly string[]): OpenEntry | undefined {
    let last: OpenEntry | undefined;
    for (const char of chars) {
      const entries = this.entriesOf(char);
      while (entries.length > 0 && !entries[entries.length - 1].live) entries.pop();
      const top = entries.at(-1);
      if (top && (!last || top.depth > last.depth)) last = top;
    }
    return last;
  }

  /** Closes `entry`; the marks opened inside it and still open are left unpaired, and returned in text order. */
  closeAt(entry: OpenEntry): Mark[] {
    const inside = this.stack.splice(entry.depth + 1).filter((inner) => inner.live);
    inside.forEach((inner) => this.kill(inner));
    this.stack.pop();
    this.kill(entry);
    return inside.map((inner) => inner.mark);
  }

  /** The quotation open from an earlier paragraph goes on in this one. */
  dropQuotes(): void {
    for (const char of QUOTES) {
      this.entriesOf(char).forEach((entry) => entry.live && this.kill(entry));
      this.byChar.set(char, []);
    }
  }

  remaining(): Mark[] {
    return this.stack.filter((entry) => entry.live).map((entry) => entry.mark);
  }

  private kill(entry: OpenEntry): void {
    entry.live = false;
    this.liveCount.set(entry.mark.char, (this.liveCount.get(entry.mark.char) ?? 0) - 1);
  }

  private entriesOf(char: string): OpenEntry[] {
    let entries = this.byChar.get(char);
    if (!entries) this.byChar.set(char, (entries = []));
    return entries;
  }
}

/**
 * Curly marks say which they are; a straight quote is told by its spacing ("word" closes after a
 * letter and before a space), and when its spacing says nothing, it closes an open quotation.
 */
function roleOf(text: string, mark: Mark, open: OpenMarks): "open" | "close" {
  if (OPENING.has(mark.char)) return "open";
  if (mark.char !== '"') return "close";
  const before = text[mark.index - 1] ?? " ";
  const after = text[mark.index + 1] ?? " ";
  const spaceBefore = /[\s([{“«—–-]/u.test(before);
  const spaceAfter = /[\s)\]}.,;:!?”»—–-]/u.test(after);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  return open.has(['"', "“"]) ? "close" : "open";
}

/** "1)" or "a)" opening a list item has no opening bracket. */
function isListNumbering(text: string, mark: Mark): boolean {
  return mark.char === ")" && /(?:^|\s)[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, mark.index - 2), mark.index));
}

const QUOTES = new Set(['"', "“", "«", "„"]);

/** The start of the paragraph holding each offset, asked in text order: one pass over the starts, not one per mark. */
function paragraphStartsInOrder(paragraphStarts: readonly number[]): (offset: number) => number {
  let next = 0;
  let start = 0;
  return (offset) => {
    while (next < paragraphStarts.length && paragraphStarts[next] <= offset) start = paragraphStarts[next++];
    return start;
  };
}

/** Whether only spaces stand between `start` and `end`, read back from `end`: a mark opens its paragraph. */
function onlySpaceBetween(text: string, start: number, end: number): boolean {
  let at = end;
  while (at > start && /\s/u.test(text[at - 1])) at--;
  return at <= start;
}

/** Whether a text's quotation marks and brackets leave something open or unopened. */
export function isUnbalanced(text: string): boolean {
  return pairMarks(text).unpaired.length > 0;
}
