/** Offsets are UTF-16 code-unit offsets into the text they were cut from, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers: a word, a name, a sentence's stretch of a document. */
export interface TextSpan extends Span {
  text: string;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  /** Position among all sentences of the document (0-based, reading order). */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  text: string;
}

export interface SegmentedText {
  lang: string;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/**
 * One aligned group: source sentence indices with the target sentence indices that translate them.
 * 1-0 (an untranslated source sentence: a possible omission) and 0-1 (an added target sentence) are kept.
 */
export interface Bead {
  source: number[];
  target: number[];
}

export interface AlignedText {
  source: SegmentedText;
  target: SegmentedText;
  beads: Bead[];
}

/** One aligned group as checks and name matching consume it: the sentences on both sides. */
export interface AlignedGroup {
  source: Sentence[];
  target: Sentence[];
}
