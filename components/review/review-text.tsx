"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { AlignedText } from "@/lib/align/types";
import { expandAlignment, type CompactAlignment } from "@/lib/analysis/compact-alignment";
import type { Mark } from "@/lib/articles/highlights";

export interface MarkInfo {
  /** Anchor in the page that describes the mark (a flag or a report card). */
  href: string;
  label: string;
  severity: string;
  kind: "flag" | "report";
}

/**
 * What the review workspace sends the browser of an article, once: the two texts and offsets into them (the
 * alignment, the marks of flags and reports). The side-by-side view and the correction drafts read it here.
 */
export interface ReviewDocument {
  source: string;
  target: string;
  alignment: CompactAlignment;
  marks: { source: Mark[]; target: Mark[] };
  markInfo: Record<string, MarkInfo>;
}

const ReviewTextContext = createContext<{ document: ReviewDocument; aligned: AlignedText } | null>(null);

export function ReviewTextProvider({ document, children }: { document: ReviewDocument; children: ReactNode }) {
  const value = useMemo(() => ({ document, aligned: expandAlignment(document.alignment, document.source, document.target) }), [document]);
  return <ReviewTextContext value={value}>{children}</ReviewTextContext>;
}

export function useReviewText() {
  const value = useContext(ReviewTextContext);
  if (!value) throw new Error("useReviewText() needs a ReviewTextProvider around it");
  return value;
}
