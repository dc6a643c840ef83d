import { describe, expect, it } from "vitest";
import type { AlignedText, Bead, SegmentedText, Sentence } from "@/lib/align/types";
import type { GlossaryEntry } from "@/lib/glossary";
import { createCheckContext } from "./context";
import type { Check, CheckContext, CheckExample, Finding } from "./types";

/** One bead: the sentences on each side; a side may be empty (an omission or an addition). */
type Side = string | string[] | null;
export type SentencePair = [source: Side, target: Side];

/**
 * A hand-made alignment: the sentences of each side joined by spaces in one paragraph, one bead per
 * pair. Tests build contexts from it without depending on the segmenter or the aligner.
 */
export function alignedFromPairs(pairs: readonly SentencePair[]): AlignedText {
  const source = segmentedFrom("ru", pairs.map(([side]) => side));
  const target = segmentedFrom("en", pairs.map(([, side]) => side));
  const beads: Bead[] = pairs.map((_, index) => ({ source: source.beadSentences[index], target: target.beadSentences[index] }));
  return { source: source.segmented, target: target.segmented, beads };
}

function segmentedFrom(lang: string, sides: readonly Side[]) {
  let text = "";
  const sentences: Sentence[] = [];
  const beadSentences = sides.map((side) =>
    (side === null ? [] : [side].flat()).map((sentence) => {
      if (text) text += " ";
      const index = sentences.length;
      sentences.push({ index, paragraph: 0, start: text.length, end: text.length + sentence.length, text: sentence });
      text += sentence;
      return index;
    }),
  );
  const segmented: SegmentedText = { lang, text, paragraphs: [{ index: 0, start: 0, end: text.length }], sentences };
  return { segmented, beadSentences };
}

export function contextFromPairs(pairs: readonly SentencePair[], glossary: GlossaryEntry[] = []): CheckContext {
  return createCheckContext(alignedFromPairs(pairs), glossary);
}

/** A context holding one source sentence and its translation. */
export function contextFor(source: string, target: string, glossary: GlossaryEntry[] = []): CheckContext {
  return contextFromPairs([[source, target]], glossary);
}

export function flaggedTexts(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.target.text);
}

/** The check's own examples as tests: valid ones raise nothing, invalid ones raise exactly their flag. */
export function testExamples(check: Check, glossary: GlossaryEntry[] = []): void {
  describe(`${check.id} examples`, () => {
    it.each(check.examples.valid.map(label))("passes %s", (_, example) => {
      expect(flaggedTexts(check.run(contextFor(example.source, example.target, glossary)))).toEqual([]);
    });
    it.each(check.examples.invalid.map(label))("flags %s", (_, example) => {
      const findings = check.run(contextFor(example.source, example.target, glossary));
      expect(flaggedTexts(findings)).toEqual([example.flagged]);
      expect(findings[0].check).toBe(check.id);
      if (example.suggestion !== undefined) expect(findings[0].suggestion).toBe(example.suggestion);
    });
  });
}

function label(example: CheckExample): [string, CheckExample] {
  return [JSON.stringify(example.target), example];
}
