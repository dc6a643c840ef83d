import { REPORT_LIMITS } from "./limits";

/**
 * Up to `size` characters either side of [start, end), cut at a word boundary so that the context does not
 * begin or end with half a word. Browser-safe: the article page and the widget use it too.
 */
export function contextAround(text: string, start: number, end: number, size: number = REPORT_LIMITS.context) {
  let before = text.slice(Math.max(0, start - size), start);
  let after = text.slice(end, end + size);
  if (start - size > 0 && /\S/.test(text[start - size - 1])) before = before.replace(/^\S*/, "");
  if (end + size < text.length && /\S/.test(text[end + size])) after = after.replace(/\S*$/, "");
  return { before, after };
}

/** Narrows [start, end) so that it neither begins nor ends with whitespace (a double-click takes the space after a word). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
