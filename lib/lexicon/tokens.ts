import type { TextSpan } from "@/lib/align/types";

/** A word: letters with inner apostrophes, hyphenated compounds kept whole ("non-strikers", "government's"). */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*(?:-\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*)*/gu;

/** Word tokens of `text.slice(start, end)`, with offsets into `text`. */
export function wordTokens(text: string, start = 0, end = text.length): TextSpan[] {
  const tokens: TextSpan[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD)) {
    tokens.push({ start: start + match.index, end: start + match.index + match[0].length, text: match[0] });
  }
  return tokens;
}

/** The parts of a hyphenated compound, with offsets. */
export function compoundParts(token: TextSpan): TextSpan[] {
  const parts: TextSpan[] = [];
  let offset = token.start;
  for (const part of token.text.split("-")) {
    parts.push({ start: offset, end: offset + part.length, text: part });
    offset += part.length + 1;
  }
  return parts;
}

/**
 * Whether the token sits inside a domain, e-mail, URL, file name or handle ("kp.ru", "@tass_agency"),
 * or is glued to digits ("20th", "COVID-19"): such strings are not words to spell-check.
 */
export function isEmbeddedInCode(text: string, token: TextSpan): boolean {
  if (isSlashAlternative(text, token)) return false;
  const before = text.slice(Math.max(0, token.start - 2), token.start);
  const after = text.slice(token.end, token.end + 2);
  const joinedBefore = /[\p{L}\p{N}][./@_\\]$/u.test(before) || /[@#_]$/.test(before);
  const joinedAfter = /^[./@_\\][\p{L}\p{N}]/u.test(after) || /^_/.test(after);
  const touchesDigit = /\p{N}-?$/u.test(before) || /^-?\p{N}/u.test(after);
  return joinedBefore || joinedAfter || touchesDigit;
}

/**
 * Words of two letters or more joined by slashes and nothing else ("and/or", "books/magazines/newspapers"): prose
 * offering alternatives, not a path or a handle ("u/name", "km/h", "site.ru/news").
 */
function isSlashAlternative(text: string, token: TextSpan): boolean {
  // Bounded: in a long run of non-spaces (a hostile file), each of its tokens would otherwise scan the whole run.
  const floor = Math.max(0, token.start - MAX_ALTERNATIVES_RUN);
  const ceiling = Math.min(text.length, token.end + MAX_ALTERNATIVES_RUN);
  let start = token.start;
  while (start > floor && /\S/u.test(text[start - 1])) start--;
  let end = token.end;
  while (end < ceiling && /\S/u.test(text[end])) end++;
  const runsOn = (start === floor && /\S/u.test(text[floor - 1] ?? " ")) || (end === ceiling && /\S/u.test(text[ceiling] ?? " "));
  if (runsOn) return false;
  const run = text.slice(start, end).replace(/^[("'«“‘]+|[)"'»”’.,;:!?]+$/gu, "");
  return /^\p{L}{2,}(?:\/\p{L}{2,})+$/u.test(run);
}

/** Longer runs of words and slashes are no prose alternatives. */
const MAX_ALTERNATIVES_RUN = 200;

const isAllCapitals = (word: string) => /^[\p{Lu}'’-]+$/u.test(word);

/**
 * Most words of the sentence, and at least three, are in capitals: it is written in capitals, and an all-capital
 * word in it says nothing about being an acronym.
 */
export function isWrittenInCapitals(words: readonly TextSpan[]): boolean {
  const longer = words.filter((word) => word.text.length >= 2);
  const capitals = longer.filter((word) => isAllCapitals(word.text));
  return capitals.length >= 3 && capitals.length >= 0.6 * longer.length;
}

/** An all-capital word long enough not to be an acronym when the sentence is written in capitals. */
export function isShoutedWord(word: string): boolean {
  return word.length >= 5 && isAllCapitals(word);
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Upper-case letters after the first ("YouTube", "McDonald", "iPhone", "NATO"): brands and acronyms. */
export function hasInnerCapital(word: string): boolean {
  return /.\p{Lu}/u.test(word);
}

/** "word" → "Word", keeping the rest. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Applies the case pattern of `model` (lower, Capitalized, UPPER) to `word`. */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  return isCapitalized(model) ? capitalize(word) : word;
}
