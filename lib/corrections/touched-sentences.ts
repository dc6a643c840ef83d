import type { AlignedText } from "@/lib/align/types";
import { applyEdits, checkEdits, type TextEdit } from "./text-edits";

/** A sentence a correction changes, as stored with it: what the editor reads beside the original. */
export interface SentenceChange {
  /** Offsets of the sentence (or run of adjacent sentences) in the base revision. */
  start: number;
  end: number;
  before: string;
  after: string;
  /** The aligned original sentence(s), for the editor to compare against. */
  source: string;
}

/**
 * Groups edits by the sentences they touch (an edit across a sentence boundary joins both sentences) and
 * gives each group's text before and after, with the original sentence it translates.
 */
export function touchedSentences(aligned: AlignedText, edits: readonly TextEdit[]): SentenceChange[] {
  const text = aligned.target.text;
  const sentences = aligned.target.sentences;
  const groups: { start: number; end: number; edits: TextEdit[] }[] = [];
  for (const edit of checkEdits(text, edits)) {
    const covering = sentences.filter((s) => s.start <= edit.end && edit.start <= s.end && (s.end > edit.start || edit.start === edit.end));
    const start = Math.min(edit.start, ...covering.map((s) => s.start));
    const end = Math.max(edit.end, ...covering.map((s) => s.end));
    const last = groups.at(-1);
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.edits.push(edit);
    } else groups.push({ start, end, edits: [edit] });
  }
  return groups.map((group) => {
    const before = text.slice(group.start, group.end);
    const local = group.edits.map((edit) => ({ ...edit, start: edit.start - group.start, end: edit.end - group.start }));
    return { start: group.start, end: group.end, before, after: applyEdits(before, local), source: sourceOf(aligned, group.start, group.end) };
  });
}

function sourceOf(aligned: AlignedText, start: number, end: number): string {
  const targetIndexes = new Set(aligned.target.sentences.filter((s) => s.start < end && start < s.end).map((s) => s.index));
  const sourceIndexes = aligned.beads.filter((bead) => bead.target.some((i) => targetIndexes.has(i))).flatMap((bead) => bead.source);
  return [...new Set(sourceIndexes)].sort((a, b) => a - b).map((i) => aligned.source.sentences[i].text).join(" ");
}
