import { z } from "zod";

// Text reaches Errata as JavaScript strings, which may hold what no database can store faithfully: a lone
// UTF-16 surrogate (half of an emoji, from a JSON "\ud83d" escape or a slice through a pair) is written by SQLite
// as three bytes that read back as three characters, shifting every offset after it; PostgreSQL refuses a NUL
// outright (P2039). Every way in passes its text through one of the functions below.

const NUL = /\u0000/g;
const REPLACEMENT_CHARACTER = "\uFFFD";

/** Whether the text holds no lone surrogate and no NUL, so it is stored and read back unchanged on both databases. */
export function isWellFormedText(text: string): boolean {
  return text.isWellFormed() && !text.includes("\u0000");
}

/**
 * The text with each lone surrogate and each NUL replaced by `replacement` (U+FFFD by default, one UTF-16 unit
 * for one, so no offset moves). For long imported text, where refusing a whole article for one broken character
 * would help nobody.
 */
export function toWellFormedText(text: string, replacement: "" | typeof REPLACEMENT_CHARACTER = REPLACEMENT_CHARACTER): string {
  if (isWellFormedText(text)) return text;
  const noNul = text.replace(NUL, replacement);
  if (replacement === REPLACEMENT_CHARACTER) return noNul.toWellFormed();
  return noNul.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

/** Whether `offset` falls between the two halves of a surrogate pair, so that cutting the text there breaks a character. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

export const ILL_FORMED_MESSAGE = "contains a broken character (half of an emoji or a NUL); retype it";

/** A string schema for small user input (a comment, a replacement, a term) that refuses ill-formed text with a 400. */
export function wellFormedString(notText = "must be text") {
  return z.string({ error: notText }).refine(isWellFormedText, ILL_FORMED_MESSAGE);
}
