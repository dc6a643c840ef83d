"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { proposedAfter, type Proposal } from "@/lib/corrections/proposals";
import type { Change } from "@/lib/corrections/schemas";
import { MQM_CATEGORIES, SEVERITIES } from "@/lib/corrections/schemas";
import { SentenceChanges } from "./sentence-changes";

export interface CorrectionDraft {
  title: string;
  /** A replacement applied to spans (Apply suggestion, Fix all occurrences), or a whole sentence rewritten (Edit). */
  body: { kind: "replacement"; proposal: Proposal; change: (replacement: string) => Change } | { kind: "sentence"; sentence: { text: string; source: string; initial?: string }; change: (text: string) => Change };
  category: string;
  severity: string;
}

export type SubmitCorrection = (input: { change: Change; category: string; severity: string; note: string }) => Promise<ActionResult<{ id: string }>>;

/** The draft of a correction with its live word-level diff, MQM category, severity and note; "Submit correction" sends it. */
export function CorrectionForm({ draft, submit, onCancel, sourceLang, targetLang }: { draft: CorrectionDraft; submit: SubmitCorrection; onCancel: () => void; sourceLang: string; targetLang: string }) {
  const initial = draft.body.kind === "replacement" ? draft.body.proposal.replacement : (draft.body.sentence.initial ?? draft.body.sentence.text);
  const [value, setValue] = useState(initial);
  const [category, setCategory] = useState(draft.category);
  const [severity, setSeverity] = useState(draft.severity);
  const [note, setNote] = useState("");
  const [result, setResult] = useState<ActionResult<{ id: string }>>({ status: "idle" });
  const [pending, startTransition] = useTransition();

  const body = draft.body;
  const changes = body.kind === "replacement"
    ? body.proposal.sentences.map((s) => ({ before: s.before, after: proposedAfter(s, value), source: s.source }))
    : [{ before: body.sentence.text, after: value, source: body.sentence.source }];

  if (result.status === "ok") return <p role="status" className="mt-1 text-xs text-emerald-800">{result.message}</p>;
  return (
    <form
      className="mt-2 space-y-2 rounded border border-stone-300 bg-stone-50 p-2 text-xs"
      aria-label={draft.title}
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => setResult(await submit({ change: body.change(value), category, severity, note })));
      }}
    >
      <p className="font-medium">{draft.title}</p>
      {body.kind === "replacement" ? (
        <label className="block">Replacement<input value={value} onChange={(e) => setValue(e.target.value)} maxLength={500} className="mt-0.5 w-full rounded border border-stone-300 px-1.5 py-0.5 font-serif text-sm" /></label>
      ) : (
        <label className="block">Corrected sentence<textarea value={value} onChange={(e) => setValue(e.target.value)} rows={4} maxLength={5000} className="mt-0.5 w-full rounded border border-stone-300 px-1.5 py-0.5 font-serif text-sm" /></label>
      )}
      <div aria-live="polite"><p className="mb-1 text-stone-500">Preview ({changes.length} sentence{changes.length === 1 ? "" : "s"}):</p><SentenceChanges changes={changes} sourceLang={sourceLang} targetLang={targetLang} stacked /></div>
      <div className="flex flex-wrap gap-2">
        <label>MQM category <select value={category} onChange={(e) => setCategory(e.target.value)} className="rounded border border-stone-300">{MQM_CATEGORIES.map((c) => <option key={c}>{c}</option>)}</select></label>
        <label>Severity <select value={severity} onChange={(e) => setSeverity(e.target.value)} className="rounded border border-stone-300">{SEVERITIES.map((s) => <option key={s}>{s}</option>)}</select></label>
      </div>
      <label className="block">Note (optional)<textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} className="mt-0.5 w-full rounded border border-stone-300 px-1.5 py-0.5" /></label>
      {result.status === "error" && <p role="alert" className="text-rose-700">{result.error}</p>}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-stone-900 px-2 py-1 text-white disabled:opacity-50">Submit correction</button>
        <button type="button" onClick={onCancel} className="underline">Cancel</button>
      </div>
    </form>
  );
}
