import type { AlignedText, Bead, SegmentedText } from "@/lib/align/types";

/** Bump when lib/align changes its output, so cached alignments are recomputed. */
export const ALIGNMENT_VERSION = "2";

/** The alignment as cached per revision: offsets only, since both texts are stored already. */
export interface StoredAlignment {
  source: StoredSide;
  target: StoredSide;
  beads: Bead[];
}

interface StoredSide {
  lang: string;
  /** [start, end] per paragraph. */
  paragraphs: [number, number][];
  /** [start, end, paragraph] per sentence. */
  sentences: [number, number, number][];
}

export function serializeAlignment(aligned: AlignedText): StoredAlignment {
  return { source: serializeSide(aligned.source), target: serializeSide(aligned.target), beads: aligned.beads };
}

export function deserializeAlignment(stored: StoredAlignment, sourceText: string, targetText: string): AlignedText {
  return {
    source: deserializeSide(stored.source, sourceText),
    target: deserializeSide(stored.target, targetText),
    beads: stored.beads,
  };
}

function serializeSide(side: SegmentedText): StoredSide {
  return {
    lang: side.lang,
    paragraphs: side.paragraphs.map((p) => [p.start, p.end]),
    sentences: side.sentences.map((s) => [s.start, s.end, s.paragraph]),
  };
}

function deserializeSide(side: StoredSide, text: string): SegmentedText {
  return {
    lang: side.lang,
    text,
    paragraphs: side.paragraphs.map(([start, end], index) => ({ index, start, end })),
    sentences: side.sentences.map(([start, end, paragraph], index) => ({ index, start, end, paragraph, text: text.slice(start, end) })),
  };
}
