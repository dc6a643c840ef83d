import type { AlignedText } from "@/lib/align/types";
import { entityEdits, looksLikeName, wholeWordOccurrences, type NameFlag } from "./occurrences";
import { applyEdits, type TextEdit } from "./text-edits";
import { touchedSentences } from "./touched-sentences";

/** A sentence a proposed fix touches, with the spans that get the replacement (offsets into `before`). */
export interface ProposalSentence {
  before: string;
  source: string;
  spans: { start: number; end: number }[];
}

/** What the workspace previews before a reviewer submits: the replacement can still be retyped. */
export interface Proposal {
  replacement: string;
  sentences: ProposalSentence[];
}

/** The touched sentences of `spans` all replaced by `replacement`, for a live preview in the browser. */
export function proposeReplacement(aligned: AlignedText, spans: readonly { start: number; end: number }[], replacement: string): Proposal {
  const edits: TextEdit[] = spans.map((span) => ({ ...span, text: replacement }));
  const sentences = touchedSentences(aligned, edits).map((change) => ({
    before: change.before,
    source: change.source,
    spans: spans.filter((s) => s.start >= change.start && s.end <= change.end).map((s) => ({ start: s.start - change.start, end: s.end - change.start })),
  }));
  return { replacement, sentences };
}

/** The sentence after the replacement: the browser recomputes it as the reviewer types. */
export function proposedAfter(sentence: ProposalSentence, replacement: string): string {
  return applyEdits(sentence.before, sentence.spans.map((span) => ({ ...span, text: replacement })));
}

/** Proposals for one flag: its suggestion applied, and, for names, every occurrence of the entity fixed. */
export function flagProposals(aligned: AlignedText, flag: NameFlag, openFlags: readonly NameFlag[]) {
  const suggestion = flag.suggestion;
  const apply = suggestion === null ? null : proposeReplacement(aligned, [{ start: flag.targetStart, end: flag.targetEnd }], suggestion);
  let all: Proposal | null = null;
  if (suggestion && flag.check.startsWith("name-")) {
    const { edits } = entityEdits(aligned.target.text, flag, openFlags, suggestion);
    if (edits.length > 1) all = proposeReplacement(aligned, edits, suggestion);
  }
  return { apply, all };
}

/** A sentence as the Edit box shows it: where it is in the revision and its text. */
export function sentenceAround(aligned: AlignedText, start: number, end: number) {
  const sentences = aligned.target.sentences.filter((s) => s.start <= end && start <= s.end);
  if (sentences.length === 0) return { start, end, text: aligned.target.text.slice(start, end), source: "" };
  const from = sentences[0].start;
  const to = sentences.at(-1)!.end;
  const [change] = touchedSentences(aligned, [{ start: from, end: to, text: aligned.target.text.slice(from, to) }]);
  return { start: from, end: to, text: aligned.target.text.slice(from, to), source: change?.source ?? "" };
}

/** What the workspace needs per open flag to offer "Apply suggestion", "Fix all occurrences" and "Edit". */
export function flagActionData(aligned: AlignedText, openFlags: readonly (NameFlag & { category: string; severity: string })[]) {
  return new Map(
    openFlags.map((flag) => [flag.id, { kind: "flag" as const, id: flag.id, category: flag.category, severity: flag.severity, ...flagProposals(aligned, flag, openFlags), sentence: sentenceAround(aligned, flag.targetStart, flag.targetEnd) }]),
  );
}

/** The same for a reader report placed on the current text: its suggestion applied, or its sentence edited. */
export function reportActionData(aligned: AlignedText, report: { id: string; suggestion: string | null; at: { start: number; end: number } | null }) {
  if (!report.at) return null;
  return {
    kind: "report" as const,
    id: report.id,
    category: "Accuracy/Mistranslation",
    severity: "minor",
    apply: report.suggestion === null ? null : proposeReplacement(aligned, [report.at], report.suggestion),
    all: reportAllOccurrences(aligned, report.at, report.suggestion),
    sentence: sentenceAround(aligned, report.at.start, report.at.end),
  };
}

/** Where a sent-back correction's sentence is in the current text, so that its author can revise it there. */
export function revisableSentence(aligned: AlignedText, change: { before: string; after: string; source: string }) {
  const text = aligned.target.text;
  const at = text.indexOf(change.before);
  if (at === -1 || text.indexOf(change.before, at + 1) !== -1) return null;
  return { start: at, end: at + change.before.length, text: change.before, source: change.source, proposed: change.after };
}

/** A reported name that occurs more than once can be fixed everywhere at once. */
function reportAllOccurrences(aligned: AlignedText, at: { start: number; end: number }, suggestion: string | null): Proposal | null {
  const name = aligned.target.text.slice(at.start, at.end);
  if (!suggestion || !looksLikeName(name)) return null;
  const spans = wholeWordOccurrences(aligned.target.text, name);
  return spans.length > 1 ? proposeReplacement(aligned, spans, suggestion) : null;
}
