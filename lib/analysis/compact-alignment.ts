import type { AlignedText, Bead, Paragraph, SegmentedText, Sentence } from "@/lib/align/types";

/**
 * An alignment as pages send it to the browser beside the two texts: small numbers only, never a copy of a
 * sentence. The browser rebuilds the AlignedText from it and slices sentences out of the texts it has.
 */
export interface CompactAlignment {
  source: CompactSide;
  target: CompactSide;
  /** Per bead, how many source sentences then how many translated ones: beads cover both sides in order. */
  beads: number[];
}

export interface CompactSide {
  lang: string;
  /** Per paragraph: characters since the previous paragraph ended, its length. */
  paragraphs: number[];
  /** Per sentence: characters since the previous sentence ended, its length, paragraphs begun since the previous one. */
  sentences: number[];
}

export function compactAlignment(aligned: AlignedText): CompactAlignment {
  return {
    source: compactSide(aligned.source),
    target: compactSide(aligned.target),
    beads: aligned.beads.flatMap((bead) => [bead.source.length, bead.target.length]),
  };
}

export function expandAlignment(compact: CompactAlignment, sourceText: string, targetText: string): AlignedText {
  const beads: Bead[] = [];
  let [source, target] = [0, 0];
  for (let i = 0; i < compact.beads.length; i += 2) {
    const [sourceCount, targetCount] = [compact.beads[i], compact.beads[i + 1]];
    beads.push({ source: range(source, sourceCount), target: range(target, targetCount) });
    source += sourceCount;
    target += targetCount;
  }
  return { source: expandSide(compact.source, sourceText), target: expandSide(compact.target, targetText), beads };
}

/** A side's paragraphs as absolute offsets, start then end of each, read straight from the compact form. */
export function paragraphOffsets(side: CompactSide): number[] {
  const offsets: number[] = [];
  let end = 0;
  for (let i = 0; i < side.paragraphs.length; i += 2) {
    const start = end + side.paragraphs[i];
    end = start + side.paragraphs[i + 1];
    offsets.push(start, end);
  }
  return offsets;
}

function compactSide(side: SegmentedText): CompactSide {
  const paragraphs = side.paragraphs.flatMap((p, k) => [p.start - (side.paragraphs[k - 1]?.end ?? 0), p.end - p.start]);
  const sentences: number[] = [];
  let [end, paragraph] = [0, 0];
  for (const sentence of side.sentences) {
    sentences.push(sentence.start - end, sentence.end - sentence.start, sentence.paragraph - paragraph);
    [end, paragraph] = [sentence.end, sentence.paragraph];
  }
  return { lang: side.lang, paragraphs, sentences };
}

function expandSide(side: CompactSide, text: string): SegmentedText {
  const offsets = paragraphOffsets(side);
  const paragraphs: Paragraph[] = Array.from({ length: offsets.length / 2 }, (_, index) => ({ index, start: offsets[2 * index], end: offsets[2 * index + 1] }));
  const sentences: Sentence[] = [];
  let [end, paragraph] = [0, 0];
  for (let i = 0; i < side.sentences.length; i += 3) {
    const start = end + side.sentences[i];
    end = start + side.sentences[i + 1];
    paragraph += side.sentences[i + 2];
    sentences.push({ index: sentences.length, start, end, paragraph, text: text.slice(start, end) });
  }
  return { lang: side.lang, text, paragraphs, sentences };
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);
