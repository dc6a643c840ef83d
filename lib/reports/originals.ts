import type { AlignedText } from "@/lib/align/types";

/** One aligned group: its span in the translation and the original sentences it translates. */
export interface AlignedPassage {
  start: number;
  end: number;
  original: string;
}

/** What "Show original" needs, per aligned group (GET /api/reports/original answers from it). */
export function alignedPassages(aligned: AlignedText): AlignedPassage[] {
  const passages: AlignedPassage[] = [];
  for (const bead of aligned.beads) {
    if (bead.target.length === 0 || bead.source.length === 0) continue;
    const target = bead.target.map((i) => aligned.target.sentences[i]);
    passages.push({
      start: target[0].start,
      end: target.at(-1)!.end,
      original: bead.source.map((i) => aligned.source.sentences[i].text).join(" "),
    });
  }
  return passages;
}

/** The original of the translation's [start, end): every aligned group it touches, in order. */
export function originalOf(passages: readonly AlignedPassage[], start: number, end: number): string {
  return passages
    .filter((p) => p.start < Math.max(end, start + 1) && p.end > start)
    .map((p) => p.original)
    .join(" ");
}
