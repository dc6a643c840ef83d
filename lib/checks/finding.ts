import type { AlignedGroup, Sentence, TextSpan } from "@/lib/align/types";
import { sentenceAt } from "@/lib/align/sentence-at";
import type { Check, CheckContext, Finding } from "./types";

type CheckIdentity = Pick<Check, "id" | "category" | "severity">;

export interface FlagFields {
  target: TextSpan;
  source?: TextSpan | null;
  message: string;
  suggestion?: string | null;
}

/** A finding carrying the check's own id, category and severity. */
export function flag(check: CheckIdentity, fields: FlagFields): Finding {
  return {
    check: check.id,
    category: check.category,
    severity: check.severity,
    message: fields.message,
    target: fields.target,
    source: fields.source ?? null,
    suggestion: fields.suggestion ?? null,
  };
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The stretch of document text from the first to the last of the sentences, or null for none. */
export function sentencesSpan(text: string, sentences: readonly Sentence[]): TextSpan | null {
  if (sentences.length === 0) return null;
  return textSpan(text, sentences[0].start, sentences[sentences.length - 1].end);
}

export function sourceSpanOf(context: CheckContext, group: AlignedGroup): TextSpan | null {
  return sentencesSpan(context.aligned.source.text, group.source);
}

export function targetSpanOf(context: CheckContext, group: AlignedGroup): TextSpan | null {
  return sentencesSpan(context.aligned.target.text, group.target);
}

/** The group whose target sentences hold the target offset (memoised lookup table per context). */
export function groupOfTargetOffset(context: CheckContext, offset: number): AlignedGroup | undefined {
  const bySentence = context.memo("groups-by-target-sentence", () => {
    const map = new Map<number, AlignedGroup>();
    for (const group of context.groups) for (const sentence of group.target) map.set(sentence.index, group);
    return map;
  });
  const sentence = sentenceAt(context.aligned.target.sentences, offset);
  return sentence ? bySentence.get(sentence.index) : undefined;
}
