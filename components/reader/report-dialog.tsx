"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { isReportShortcut, keepFocusInside, type ReportDraft } from "@/lib/reports/browser/draft";
import { HONEYPOT_FIELD, REPORT_LIMITS } from "@/lib/reports/limits";

interface Props {
  /** The article's slug (what the API calls `article`). */
  article: string;
  revision: number;
  /** The selection to report, or null when the reader describes the passage by typing it. */
  draft: ReportDraft | null;
  onClose: () => void;
}

type Phase = { step: "editing"; error?: string } | { step: "sending" } | { step: "sent"; readers: number };

const field = "mt-1 block w-full rounded border border-stone-300 px-2 py-1.5 font-sans text-base focus:border-stone-500 focus:outline-none focus:ring-2 focus:ring-amber-300";

/**
 * The "Report a mistake" dialog: a modal <dialog> (focus moves in and stays; Esc closes), the selection in its
 * context, the aligned original on request, and the reader's suggestion, comment and email.
 */
export function ReportDialog({ article, revision, draft, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [phase, setPhase] = useState<Phase>({ step: "editing" });
  const [showOriginal, setShowOriginal] = useState(false);
  // Asked for on the first "Show original": the page does not carry the original text.
  const [original, setOriginal] = useState<string | null>(null);
  const ids = useId();

  useEffect(() => {
    const element = dialog.current!;
    element.showModal();
    element.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => element.close();
  }, []);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "");
    const body = draft ? { ...draft } : { selection: value("passage"), contextBefore: "", contextAfter: "" };
    setPhase({ step: "sending" });
    try {
      const response = await fetch("/api/reports", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ article, revision, ...body, suggestion: value("suggestion"), comment: value("comment"), email: value("email"), [HONEYPOT_FIELD]: value(HONEYPOT_FIELD) }),
      });
      const result = (await response.json().catch(() => ({}))) as { error?: string; readers?: number };
      if (response.ok) setPhase({ step: "sent", readers: result.readers ?? 1 });
      else setPhase({ step: "editing", error: result.error ?? `The report could not be sent (error ${response.status}). Please try again.` });
    } catch {
      setPhase({ step: "editing", error: "The report could not be sent: check your connection and try again." });
    }
  }

  async function toggleOriginal() {
    setShowOriginal(!showOriginal);
    if (original !== null || !draft) return;
    const { selection, start, end, contextBefore, contextAfter } = draft;
    const query = new URLSearchParams({ article, selection, contextBefore, contextAfter, ...(start !== undefined && end !== undefined ? { start: String(start), end: String(end) } : {}) });
    try {
      const response = await fetch(`/api/reports/original?${query}`);
      const result = (await response.json().catch(() => ({}))) as { original?: string; error?: string };
      setOriginal(result.original ?? result.error ?? `The original could not be loaded (error ${response.status}).`);
    } catch {
      setOriginal("The original could not be loaded: check your connection and try again.");
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    keepFocusInside(event.nativeEvent, dialog.current!, document.activeElement);
    if (isReportShortcut(event.nativeEvent) && phase.step === "editing") {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  }

  return (
    <dialog ref={dialog} aria-labelledby={`${ids}-title`} onCancel={(event) => { event.preventDefault(); onClose(); }} onKeyDown={onKeyDown}
      className="m-auto w-[min(34rem,calc(100vw-1.5rem))] rounded-lg bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-900/40">
      <h2 id={`${ids}-title`} className="text-lg font-semibold">Report a mistake</h2>
      {phase.step === "sent" ? (
        <div className="mt-3">
          <p role="status" className="text-stone-800">
            Thank you! Your report has reached the editors{phase.readers > 1 ? ` (${phase.readers} readers have reported this)` : ""}.
          </p>
          <button type="button" autoFocus onClick={onClose} className="mt-4 rounded bg-stone-900 px-3 py-1.5 text-white">Close</button>
        </div>
      ) : (
        <form ref={form} onSubmit={send} className="mt-3 space-y-3 text-sm">
          {draft ? (
            <>
              <p className="rounded bg-stone-50 p-3 font-serif text-base leading-relaxed" data-testid="report-context">
                {draft.start !== undefined && draft.start > draft.contextBefore.length && "…"}
                {draft.contextBefore}
                <mark className="rounded bg-amber-200 px-0.5">{draft.selection}</mark>
                {draft.contextAfter}
                {draft.contextAfter && "…"}
              </p>
              {draft.selection.length > REPORT_LIMITS.selection && (
                <p role="alert" className="text-rose-700">That selection is long: select only the words with the mistake (at most {REPORT_LIMITS.selection} characters).</p>
              )}
              <div>
                <button type="button" aria-expanded={showOriginal} onClick={toggleOriginal} className="text-stone-700 underline">
                  {showOriginal ? "Hide original" : "Show original"}
                </button>
                {showOriginal && (
                  <blockquote data-testid="report-original" aria-busy={original === null} className="mt-1 border-l-4 border-stone-300 pl-3 font-serif text-base text-stone-700">
                    {original ?? "Loading the original…"}
                  </blockquote>
                )}
              </div>
            </>
          ) : (
            <label className="block font-medium">
              Text with the mistake
              <textarea name="passage" required data-autofocus rows={2} maxLength={REPORT_LIMITS.selection} className={field} />
              <span className="font-normal text-stone-500">Copy or type the words as they appear in the article.</span>
            </label>
          )}
          <label className="block font-medium">
            Suggested correction
            <textarea name="suggestion" rows={2} maxLength={REPORT_LIMITS.suggestion} defaultValue={draft?.selection ?? ""} data-autofocus={draft ? true : undefined} className={field} />
          </label>
          <label className="block font-medium">
            Comment
            <textarea name="comment" rows={2} maxLength={REPORT_LIMITS.comment} className={field} />
          </label>
          <label className="block font-medium">
            Email (to hear when it&apos;s fixed)
            <input name="email" type="email" autoComplete="email" maxLength={REPORT_LIMITS.email} className={field} />
          </label>
          <input name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" aria-hidden="true" className="absolute -left-[9999px] h-px w-px opacity-0" />
          {phase.step === "editing" && phase.error && <p role="alert" className="text-rose-700">{phase.error}</p>}
          <div className="flex items-center gap-3 pt-1">
            <button type="submit" disabled={phase.step === "sending" || (draft?.selection.length ?? 0) > REPORT_LIMITS.selection} className="rounded bg-stone-900 px-3 py-1.5 text-white disabled:opacity-50">
              {phase.step === "sending" ? "Sending…" : "Send report"}
            </button>
            <button type="button" onClick={onClose} className="text-stone-700 underline">Cancel</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
