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

/**
 * One row per aligned group from bead `from` to bead `to` (all by default), each sentence cut into pieces by the
 * marks (flags, reports) that cover it. A long article's page builds its rows a chunk at a time.
 */
export function reviewRows(aligned: AlignedText, marks: { source: Mark[]; target: Mark[] }, from = 0, to = aligned.beads.length): ReviewRow[] {
  const view = (sentence: Sentence, text: string, sideMarks: Mark[]): SentenceView => ({
    index: sentence.index,
    start: sentence.start,
    end: sentence.end,
    pieces: cutIntoPieces(sentence.start, sentence.end, sideMarks).map((piece) => ({ ...piece, text: text.slice(piece.start, piece.end) })),
  });
  const targets = aligned.target.sentences;
  return aligned.beads.slice(from, to).map((bead, k) => {
    const index = from + k;
    const source = bead.source.map((i) => view(aligned.source.sentences[i], aligned.source.text, marks.source));
    const target = bead.target.map((i) => view(targets[i], aligned.target.text, marks.target));
    // A new paragraph of the translation starts here when the translated sentence before it is in another one.
    const first = bead.target.length ? targets[bead.target[0]] : null;
    const paragraphStart = index > 0 && first !== null && first.paragraph !== (targets[first.index - 1]?.paragraph ?? -1);
    return { index, source, target, untranslated: bead.target.length === 0 && bead.source.length > 0, paragraphStart };
  });
}

/** Characters of both sides per bead: what chunks of rows are cut by. */
export function beadLengths(aligned: AlignedText): number[] {
  const length = (sentences: Sentence[], indices: number[]) => indices.reduce((sum, i) => sum + sentences[i].end - sentences[i].start, 0);
  return aligned.beads.map((bead) => length(aligned.source.sentences, bead.source) + length(aligned.target.sentences, bead.target));
}
