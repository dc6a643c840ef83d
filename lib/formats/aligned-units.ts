import type { AlignedText, SegmentedText } from "@/lib/align/types";

/** One aligned sentence group of the pair, with the exact stretch of each text it covers. */
export interface AlignedUnit {
  source: string;
  target: string;
  /** Offsets of `target` in the translation, for placing flags and corrections. */
  targetStart: number;
  targetEnd: number;
}

/**
 * Cuts both texts at the end of each aligned group's last sentence, so that every character (the spaces and
 * paragraph breaks between sentences included) belongs to exactly one unit and the units, joined, give back
 * both texts exactly. The gap before a group's first sentence goes with that group: XLIFF readers keep a
 * segment's leading white space but the xliff package drops a trailing line break.
 */
export function alignedUnits(aligned: AlignedText): AlignedUnit[] {
  if (aligned.beads.length === 0) {
    return [{ source: aligned.source.text, target: aligned.target.text, targetStart: 0, targetEnd: aligned.target.text.length }];
  }
  const sourceCuts = cutsOf(aligned.source, aligned.beads.map((bead) => bead.source));
  const targetCuts = cutsOf(aligned.target, aligned.beads.map((bead) => bead.target));
  return aligned.beads.map((_, index) => ({
    source: aligned.source.text.slice(sourceCuts[index], sourceCuts[index + 1]),
    target: aligned.target.text.slice(targetCuts[index], targetCuts[index + 1]),
    targetStart: targetCuts[index],
    targetEnd: targetCuts[index + 1],
  }));
}

/** [0, end of group 1, end of group 2, …, text length]: a group without sentences on this side is empty. */
function cutsOf(side: SegmentedText, groups: number[][]): number[] {
  const cuts = [0];
  groups.forEach((sentences, index) => {
    const previous = cuts[index];
    const end = index === groups.length - 1 ? side.text.length : Math.max(previous, ...sentences.map((i) => side.sentences[i].end));
    cuts.push(end);
  });
  return cuts;
}
