"use client";

import { useCallback, useMemo } from "react";
import { TextChunk, useRenderedChunks } from "@/components/layout/progressive";
import { chunkEnds } from "@/lib/articles/chunks";

/**
 * The article's paragraphs, from its text and their offsets (start, end of each), which the page carries once.
 * Each paragraph keeps its offsets in data-start and data-end, so that a reader's selection maps onto the revision
 * exactly. A long article comes in chunks: the first in the server's HTML, the rest once the page has loaded.
 */
export function ArticleText({ text, paragraphs }: { text: string; paragraphs: number[] }) {
  const count = paragraphs.length / 2;
  const ends = useMemo(() => chunkEnds(Array.from({ length: count }, (_, k) => paragraphs[2 * k + 1] - paragraphs[2 * k])), [paragraphs, count]);
  const rendered = useRenderedChunks(ends.length);
  const renderParagraphs = useCallback((from: number, to: number) => Array.from({ length: to - from }, (_, k) => {
    const [start, end] = [paragraphs[2 * (from + k)], paragraphs[2 * (from + k) + 1]];
    return <p key={start} data-start={start} data-end={end}>{text.slice(start, end)}</p>;
  }), [text, paragraphs]);
  return (
    <div id="article-body" aria-busy={rendered < ends.length} className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
      {ends.slice(0, rendered).map((to, k) => <TextChunk key={k} className="space-y-4" render={renderParagraphs} from={k === 0 ? 0 : ends[k - 1]} to={to} />)}
    </div>
  );
}
