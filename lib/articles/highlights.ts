export interface Mark {
  start: number;
  end: number;
  /** Ids of the annotations (flags, reports) that cover this piece. */
  ids: string[];
}

export interface Piece {
  start: number;
  end: number;
  ids: string[];
}

/**
 * Cuts [start, end) into pieces at every mark boundary, each piece listing the marks covering it, so that
 * overlapping flags and reports can all be highlighted without nesting elements across each other.
 */
export function cutIntoPieces(start: number, end: number, marks: readonly Mark[]): Piece[] {
  const inside = marks.filter((m) => m.end > start && m.start < end);
  const cuts = new Set<number>([start, end]);
  for (const mark of inside) {
    cuts.add(Math.max(start, mark.start));
    cuts.add(Math.min(end, mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    pieces.push({ start: from, end: to, ids: inside.filter((m) => m.start < to && m.end > from).map((m) => m.ids).flat() });
  }
  return pieces;
}
