import type { Span } from "./types";

/** A line that ends a sentence or a quotation, or closes a bracket: what follows starts a new block. */
const ENDS_BLOCK = /[.!?…:;»"”’)\]]\s*$/u;
const STARTS_LOWERCASE = /^\s*\p{Ll}/u;

/**
 * Paragraphs are separated by blank lines. A single line break also starts a new paragraph
 * (news text puts datelines, bylines and attributions such as "– said the minister." on lines of
 * their own), except where the text is hard-wrapped: the line ends mid-sentence and the next line
 * continues in lower case. Spans are trimmed of surrounding whitespace; empty lines yield nothing.
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let open: Span | null = null;
  for (const line of lines(text)) {
    const content = trimSpan(text, line);
    if (!content) {
      open = null;
      continue;
    }
    const previous = open ? text.slice(open.start, open.end) : "";
    if (open && !ENDS_BLOCK.test(previous) && STARTS_LOWERCASE.test(text.slice(content.start, content.end))) {
      open.end = content.end;
    } else {
      open = { ...content };
      paragraphs.push(open);
    }
  }
  return paragraphs;
}

function* lines(text: string): Generator<Span> {
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let start = 0;
  for (const match of text.matchAll(lineBreak)) {
    yield { start, end: match.index };
    start = match.index + match[0].length;
  }
  yield { start, end: text.length };
}

/** The span without leading and trailing whitespace, or null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}
