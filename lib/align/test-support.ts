import type { AlignedText, Bead, SegmentedText, Sentence } from "./types";

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
