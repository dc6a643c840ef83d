import escapeStringRegexp from "escape-string-regexp";
import { collapseWhitespace } from "./clean-text";

export interface SelectionAnchor {
  selection: string;
  /** Offsets into the revision the reader saw; absent when the page could not know them (the widget). */
  start?: number;
  end?: number;
  contextBefore: string;
  contextAfter: string;
}

export type Location = { found: true; start: number; end: number } | { found: false; reason: "missing" | "ambiguous" };

const MAX_CANDIDATES = 500;

/**
 * Where a reader's selection is in a revision's text: at the offsets they sent when the text there is the same
 * (whitespace aside), otherwise the one place where the selection occurs, or the one place whose surroundings
 * agree best with the context they sent. The page and the stored text may lay out whitespace differently, so
 * runs of whitespace match each other, and the context is compared with all whitespace removed.
 */
export function locateSelection(text: string, anchor: SelectionAnchor): Location {
  const { start, end } = anchor;
  const wanted = collapseWhitespace(anchor.selection);
  if (!wanted) return { found: false, reason: "missing" };
  if (start !== undefined && end !== undefined && start >= 0 && start < end && end <= text.length && collapseWhitespace(text.slice(start, end)) === wanted) {
    return { found: true, start, end };
  }
  const candidates = occurrences(text, wanted);
  if (candidates.length === 0) return { found: false, reason: "missing" };
  if (candidates.length === 1) return { found: true, ...candidates[0] };
  const before = compact(anchor.contextBefore);
  const after = compact(anchor.contextAfter);
  const window = (before.length + after.length) * 3 + 40;
  const scored = candidates.map((c) => ({
    ...c,
    score: commonSuffix(before, compact(text.slice(Math.max(0, c.start - window), c.start))) + commonPrefix(after, compact(text.slice(c.end, c.end + window))),
  }));
  scored.sort((a, b) => b.score - a.score);
  if (scored[0].score === 0 || scored[0].score === scored[1].score) return { found: false, reason: "ambiguous" };
  return { found: true, start: scored[0].start, end: scored[0].end };
}

/** Every place the selection occurs, overlapping ones included, with whitespace runs matching each other. */
function occurrences(text: string, selection: string): { start: number; end: number }[] {
  const pattern = new RegExp(selection.split(" ").map(escapeStringRegexp).join("\\s+"), "gu");
  const found: { start: number; end: number }[] = [];
  for (let match = pattern.exec(text); match && found.length < MAX_CANDIDATES; match = pattern.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

const compact = (text: string) => text.replace(/\s+/g, "");

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
