"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Change } from "@/lib/corrections/schemas";
import { CorrectionForm } from "./correction-form";

type Submit = (input: { correctionId: string; baseRevision: number; change: Change; category?: string; severity?: string; note?: string }) => Promise<ActionResult<{ id: string }>>;

/** For the reviewer who proposed a correction: withdraw it, or revise it after an editor asked for changes. */
export function OwnCorrectionActions({ correctionId, baseRevision, category, severity, revisable, withdraw, submit, langs }: {
  correctionId: string;
  baseRevision: number;
  category: string;
  severity: string;
  revisable: { start: number; end: number; text: string; source: string; proposed: string } | null;
  withdraw: () => Promise<ActionResult<undefined>>;
  submit: Submit;
  langs: { sourceLang: string; targetLang: string };
}) {
  // Kept in state: once resubmitted the correction is pending again and no longer revisable, but the form
  // stays to show its outcome.
  const [revising, setRevising] = useState<typeof revisable>(null);
  const [result, setResult] = useState<ActionResult<undefined>>({ status: "idle" });
  const [pending, startTransition] = useTransition();
  if (result.status === "ok") return <p role="status" className="text-xs text-stone-600">{result.message}</p>;
  if (revising) {
    return (
      <CorrectionForm
        {...langs}
        draft={{ title: "Revise correction", category, severity, body: { kind: "sentence", sentence: { text: revising.text, source: revising.source, initial: revising.proposed }, change: (text) => ({ kind: "edit", start: revising.start, end: revising.end, text }) } }}
        onCancel={() => setRevising(null)}
        submit={({ change, category: c, severity: s, note }) => submit({ correctionId, baseRevision, change, category: c, severity: s, note: note || undefined })}
      />
    );
  }
  return (
    <span className="flex gap-2 text-xs">
      {revisable && <button type="button" className="underline" onClick={() => setRevising(revisable)}>Revise</button>}
      <button type="button" className="underline" disabled={pending} onClick={() => startTransition(async () => setResult(await withdraw()))}>Withdraw</button>
      {result.status === "error" && <span role="alert" className="text-rose-700">{result.error}</span>}
    </span>
  );
}
