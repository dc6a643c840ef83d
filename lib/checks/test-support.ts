import { describe, expect, it } from "vitest";
import type { AlignedText, Bead, SegmentedText, Sentence } from "@/lib/align/types";
import { createCheckContext } from "./context";
import type { Check, CheckContext, CheckExample, Finding, GlossaryEntry } from "./types";

/** One aligned pair of sentences: either side may be missing (an omission or an addition). */
export type SentencePair = [source: string | null, target: string | null];

/**
 * A hand-made alignment: the sentences of each side joined by spaces in one paragraph, one bead per
 * pair. Tests build contexts from it without depending on the segmenter or the aligner.
 */
export function alignedFromPairs(pairs: readonly SentencePair[]): AlignedText {
  const source = segmentedFrom("ru", pairs.map(([sentence]) => sentence));
  const target = segmentedFrom("en", pairs.map(([, sentence]) => sentence));
  const beads: Bead[] = pairs.map((_, index) => ({
    source: source.positions[index] === null ? [] : [source.positions[index] as number],
    target: target.positions[index] === null ? [] : [target.positions[index] as number],
  }));
  return { source: source.segmented, target: target.segmented, beads };
}

function segmentedFrom(lang: string, sentences: readonly (string | null)[]) {
  let text = "";
  const segmentedSentences: Sentence[] = [];
  const positions: (number | null)[] = sentences.map((sentence) => {
    if (sentence === null) return null;
    if (text) text += " ";
    const index = segmentedSentences.length;
    segmentedSentences.push({ index, paragraph: 0, start: text.length, end: text.length + sentence.length, text: sentence });
    text += sentence;
    return index;
  });
  const segmented: SegmentedText = { lang, text, paragraphs: [{ index: 0, start: 0, end: text.length }], sentences: segmentedSentences };
  return { segmented, positions };
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
