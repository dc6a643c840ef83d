"use client";

import { memo, startTransition, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * How many chunks of a long text to render: the first in the server's HTML, then one more each time the browser
 * is free (a transition, so typing and clicks go first), until all are in the DOM, where find-in-page and Tab
 * reach them. A link to a part that was not in the server's HTML (#row-1500) is followed once that part is in.
 */
export function useRenderedChunks(total: number): number {
  const [rendered, setRendered] = useState(1);
  const lateTarget = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (lateTarget.current === undefined) {
      const id = decodeURIComponent(location.hash.slice(1));
      lateTarget.current = id && !document.getElementById(id) ? id : null;
    }
    if (rendered >= total) {
      if (lateTarget.current) document.getElementById(lateTarget.current)?.scrollIntoView();
      lateTarget.current = null;
      return;
    }
    const timer = setTimeout(() => startTransition(() => setRendered((n) => n + 1)), 0);
    return () => clearTimeout(timer);
  }, [rendered, total]);
  return Math.min(rendered, total);
}

/**
 * One chunk of a long text. Off screen the browser skips its layout and paint (content-visibility: auto), but it
 * stays in the DOM: find-in-page finds its words and Tab reaches its focusable parts. Memoised: rendering the next
 * chunk does not render the earlier ones again.
 */
export const TextChunk = memo(function TextChunk({ render, from, to, className = "" }: { render: (from: number, to: number) => ReactNode; from: number; to: number; className?: string }) {
  return <div className={`text-chunk ${className}`}>{render(from, to)}</div>;
});
