import escapeStringRegexp from "escape-string-regexp";
import type { TextEdit } from "./text-edits";

export interface NameFlag {
  id: string;
  check: string;
  targetStart: number;
  targetEnd: number;
  targetText: string;
  suggestion: string | null;
}

/** A capitalised word or phrase (a reported "Yerlana Akbarova"), for which fixing every occurrence makes sense. */
export function looksLikeName(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]*(\s+\p{Lu}[\p{L}\p{M}'’-]*)*$/u.test(text.trim());
}

/** Every whole-word occurrence of `phrase` in `text` (so "Kots" does not match inside "Kotsu"). */
export function wholeWordOccurrences(text: string, phrase: string): { start: number; end: number }[] {
  if (!phrase.trim()) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeStringRegexp(phrase)}(?![\\p{L}\\p{M}\\p{N}])`, "gu");
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * "Fix all occurrences" of a mangled name: every place the flagged spelling occurs, and every other open
 * name flag that asks for the same fix (another case form of the same person: "Askaru Umarovu" beside
 * "Askara Umarova"), each replaced by the suggestion. Returns the edits and the flags they settle.
 */
export function entityEdits(text: string, flag: NameFlag, openFlags: readonly NameFlag[], replacement = flag.suggestion ?? ""): { edits: TextEdit[]; flagIds: string[] } {
  const sameFix = openFlags.filter((other) => other.id === flag.id || (other.check.startsWith("name-") && other.suggestion !== null && other.suggestion === flag.suggestion));
  const spellings = new Set([flag.targetText, ...sameFix.map((other) => other.targetText)]);
  const spans = [
    ...[...spellings].flatMap((spelling) => wholeWordOccurrences(text, spelling)),
    ...sameFix.map((other) => ({ start: other.targetStart, end: other.targetEnd })),
  ];
  const edits = withoutOverlaps(spans)
    .filter((span) => text.slice(span.start, span.end) !== replacement)
    .map((span) => ({ ...span, text: replacement }));
  const flagIds = sameFix.filter((other) => edits.some((edit) => edit.start <= other.targetStart && other.targetEnd <= edit.end)).map((other) => other.id);
  return { edits, flagIds };
}

/** Longest span first at each place; spans inside or across a kept one are dropped. */
function withoutOverlaps(spans: { start: number; end: number }[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
