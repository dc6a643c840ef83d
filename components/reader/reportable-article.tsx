"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { isReportShortcut, isTouchScreen, isTyping, type ReportDraft } from "@/lib/reports/browser/draft";
import { selectionInArticle } from "@/lib/reports/browser/page-selection";
import { ReportDialog } from "./report-dialog";

interface Props {
  article: string;
  revision: number;
  /** The article body: paragraphs carrying their revision offsets in data-start and data-end. */
  children: ReactNode;
}

type TouchOffer = { draft: ReportDraft; top: number; left: number };

/**
 * Lets readers report a mistake in the article body: select and press Ctrl/⌘+Enter, tap the button that
 * appears next to a selection on touch screens, or describe the passage in the dialog without selecting.
 */
export function ReportableArticle({ article, revision, children }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  // undefined: no dialog; null: the dialog without a selection (the reader types the passage).
  const [draft, setDraft] = useState<ReportDraft | null | undefined>(undefined);
  const [offer, setOffer] = useState<TouchOffer | null>(null);

  const open = useCallback((next: ReportDraft | null) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOffer(null);
    setDraft(next);
  }, []);

  const close = useCallback(() => setDraft(undefined), []);

  // Back to where the reader was once the dialog has gone (while it is open, the rest of the page is inert).
  useEffect(() => {
    if (draft !== undefined || !returnFocus.current) return;
    returnFocus.current.focus();
    returnFocus.current = null;
  }, [draft]);

  useEffect(() => {
    if (draft !== undefined) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isReportShortcut(event) || isTyping(event.target)) return;
      event.preventDefault();
      open(selectionInArticle(body.current!, getSelection()));
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [draft, open]);

  useEffect(() => {
    if (!isTouchScreen()) return;
    // The selection is read when it changes: tapping the button may clear it before the tap lands.
    const onSelectionChange = () => {
      const selection = getSelection();
      const found = selectionInArticle(body.current!, selection);
      if (!found || !selection) return setOffer(null);
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setOffer({ draft: found, top: rect.bottom + window.scrollY + 8, left: Math.max(8, Math.min(rect.left + window.scrollX, window.innerWidth - 180)) });
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  return (
    <>
      <div ref={body}>{children}</div>
      <p className="mt-8 border-t border-stone-200 pt-3 font-sans text-sm text-stone-600">
        Spotted a mistake? Select text and press <kbd className="rounded border px-1">Ctrl</kbd>+<kbd className="rounded border px-1">Enter</kbd>{" "}
        (<kbd className="rounded border px-1">⌘</kbd>+<kbd className="rounded border px-1">Enter</kbd> on a Mac); on a phone, select it and tap “Report a mistake”. Or{" "}
        <button type="button" onClick={() => open(null)} className="underline">describe the mistake in a form</button>.
      </p>
      {offer && (
        <button type="button" onPointerDown={(event) => event.preventDefault()} onClick={() => open(offer.draft)}
          style={{ top: offer.top, left: offer.left }} className="absolute z-20 rounded-full bg-stone-900 px-4 py-2 font-sans text-sm text-white shadow-lg">
          Report a mistake
        </button>
      )}
      {draft !== undefined && (
        <ReportDialog article={article} revision={revision} draft={draft} onClose={close} />
      )}
    </>
  );
}
