import type { AlignedText, Span } from "@/lib/align/types";
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

/** A sentence as the Edit box shows it: where it is in the revision and its text. */
export function sentenceAround(aligned: AlignedText, start: number, end: number) {
  const sentences = aligned.target.sentences.filter((s) => s.start <= end && start <= s.end);
  if (sentences.length === 0) return { start, end, text: aligned.target.text.slice(start, end), source: "" };
  const from = sentences[0].start;
  const to = sentences.at(-1)!.end;
  const [change] = touchedSentences(aligned, [{ start: from, end: to, text: aligned.target.text.slice(from, to) }]);
  return { start: from, end: to, text: aligned.target.text.slice(from, to), source: change?.source ?? "" };
}

/**
 * A flag or a reader report as the workspace's correction buttons get it: offsets into the current translation,
 * never a copy of its sentences. The browser, which has the texts already, builds the drafts (fixProposals).
 */
export interface FixSubject {
  kind: "flag" | "report";
  id: string;
  category: string;
  severity: string;
  suggestion: string | null;
  /** The flagged or reported span. */
  at: Span;
  /** Every span "Fix all occurrences" replaces (a name written more than once), or null. */
  all: Span[] | null;
}

/** The fix subject of each open flag, keyed by flag id. */
export function flagFixSubjects(text: string, openFlags: readonly (NameFlag & { category: string; severity: string })[]): Map<string, FixSubject> {
  return new Map(openFlags.map((flag) => [flag.id, {
    kind: "flag" as const, id: flag.id, category: flag.category, severity: flag.severity, suggestion: flag.suggestion,
    at: { start: flag.targetStart, end: flag.targetEnd }, all: flagOccurrences(text, flag, openFlags),
  }]));
}

/** The same for a reader report placed on the current text: its suggestion applied, or its sentence edited. */
export function reportFixSubject(text: string, report: { id: string; suggestion: string | null; at: Span | null }): FixSubject | null {
  if (!report.at) return null;
  return { kind: "report", id: report.id, category: "Accuracy/Mistranslation", severity: "minor", suggestion: report.suggestion, at: report.at, all: reportOccurrences(text, report.at, report.suggestion) };
}

/** The drafts for a subject: its suggestion applied, every occurrence fixed (names), and the sentence to edit. */
export function fixProposals(aligned: AlignedText, subject: FixSubject) {
  const { suggestion, at, all } = subject;
  return {
    apply: suggestion === null ? null : proposeReplacement(aligned, [at], suggestion),
    all: suggestion && all ? proposeReplacement(aligned, all, suggestion) : null,
    sentence: sentenceAround(aligned, at.start, at.end),
  };
}

/** Where a sent-back correction's sentence is in the current text, so that its author can revise it there. */
export function revisableSentence(aligned: AlignedText, change: { before: string; after: string; source: string }) {
  const text = aligned.target.text;
  const at = text.indexOf(change.before);
  if (at === -1 || text.indexOf(change.before, at + 1) !== -1) return null;
  return { start: at, end: at + change.before.length, text: change.before, source: change.source, proposed: change.after };
}

/** A flagged name's every occurrence, and those of the other open flags on the same entity, when there are several. */
function flagOccurrences(text: string, flag: NameFlag, openFlags: readonly NameFlag[]): Span[] | null {
  if (!flag.suggestion || !flag.check.startsWith("name-")) return null;
  const { edits } = entityEdits(text, flag, openFlags, flag.suggestion);
  return edits.length > 1 ? edits.map(({ start, end }) => ({ start, end })) : null;
}

/** A reported name that occurs more than once can be fixed everywhere at once. */
function reportOccurrences(text: string, at: Span, suggestion: string | null): Span[] | null {
  const name = text.slice(at.start, at.end);
  if (!suggestion || !looksLikeName(name)) return null;
  const spans = wholeWordOccurrences(text, name);
  return spans.length > 1 ? spans : null;
}
