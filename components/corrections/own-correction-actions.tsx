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
  submit: Submit | null;
  langs: { sourceLang: string; targetLang: string };
}) {
  const [revising, setRevising] = useState(false);
  const [result, setResult] = useState<ActionResult<undefined>>({ status: "idle" });
  const [pending, startTransition] = useTransition();
  if (result.status === "ok") return <p role="status" className="text-xs text-stone-600">{result.message}</p>;
  if (revising && revisable && submit) {
    return (
      <CorrectionForm
        {...langs}
        draft={{ title: "Revise correction", category, severity, body: { kind: "sentence", sentence: { text: revisable.text, source: revisable.source, initial: revisable.proposed }, change: (text) => ({ kind: "edit", start: revisable.start, end: revisable.end, text }) } }}
        onCancel={() => setRevising(false)}
        submit={({ change, category: c, severity: s, note }) => submit({ correctionId, baseRevision, change, category: c, severity: s, note: note || undefined })}
      />
    );
  }
  return (
    <span className="flex gap-2 text-xs">
      {submit && revisable && <button type="button" className="underline" onClick={() => setRevising(true)}>Revise</button>}
      <button type="button" className="underline" disabled={pending} onClick={() => startTransition(async () => setResult(await withdraw()))}>Withdraw</button>
      {result.status === "error" && <span role="alert" className="text-rose-700">{result.error}</span>}
    </span>
  );
}
