import { wordDiff, type DiffPart } from "@/lib/corrections/word-diff";

export type DiffChunk = DiffPart | { op: "skip"; text: string };

/**
 * A word-level diff of two whole revisions, with long unchanged stretches cut down to their ends, so that a
 * change in a 5,000-word article is found at a glance. An unchanged stretch keeps `context` characters on
 * each side of a change, cut at a word boundary.
 */
export function revisionDiff(before: string, after: string, context = 120): DiffChunk[] {
  const parts = wordDiff(before, after);
  return parts.flatMap((part, index): DiffChunk[] => {
    if (part.op !== "equal" || part.text.length <= context * 2 + 20) return [part];
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = first ? "" : cutAtWord(part.text.slice(0, context), "end");
    const tail = last ? "" : cutAtWord(part.text.slice(-context), "start");
    const skipped = part.text.length - head.length - tail.length;
    return [
      ...(head ? [{ op: "equal" as const, text: head }] : []),
      { op: "skip" as const, text: `${skipped} unchanged characters` },
      ...(tail ? [{ op: "equal" as const, text: tail }] : []),
    ];
  });
}

function cutAtWord(text: string, side: "start" | "end"): string {
  if (side === "end") {
    const at = text.lastIndexOf(" ");
    return at > 0 ? text.slice(0, at + 1) : text;
  }
  const at = text.indexOf(" ");
  return at >= 0 ? text.slice(at) : text;
}
