import type { AlignedText, Sentence } from "@/lib/align/types";
import { cutIntoPieces, type Mark, type Piece } from "./highlights";

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  pieces: (Piece & { text: string })[];
}

export interface ReviewRow {
  /** Bead number: the row's id in the page. */
  index: number;
  source: SentenceView[];
  target: SentenceView[];
  /** A source sentence with no translation: a possible omission, kept visible. */
  untranslated: boolean;
  /** The row starts a new paragraph of the translation (or of the original, for untranslated rows). */
  paragraphStart: boolean;
}

/** One row per aligned group, each sentence cut into pieces by the marks (flags, reports) that cover it. */
export function reviewRows(aligned: AlignedText, marks: { source: Mark[]; target: Mark[] }): ReviewRow[] {
  const view = (sentence: Sentence, text: string, sideMarks: Mark[]): SentenceView => ({
    index: sentence.index,
    start: sentence.start,
    end: sentence.end,
    pieces: cutIntoPieces(sentence.start, sentence.end, sideMarks).map((piece) => ({ ...piece, text: text.slice(piece.start, piece.end) })),
  });
  let lastParagraph = -1;
  return aligned.beads.map((bead, index) => {
    const source = bead.source.map((i) => view(aligned.source.sentences[i], aligned.source.text, marks.source));
    const target = bead.target.map((i) => view(aligned.target.sentences[i], aligned.target.text, marks.target));
    const first = bead.target.length ? aligned.target.sentences[bead.target[0]] : null;
    const paragraphStart = first ? first.paragraph !== lastParagraph : false;
    if (first) lastParagraph = aligned.target.sentences[bead.target.at(-1)!].paragraph;
    return { index, source, target, untranslated: bead.target.length === 0 && bead.source.length > 0, paragraphStart: paragraphStart && index > 0 };
  });
}
