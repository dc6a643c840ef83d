"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { Proposal } from "@/lib/corrections/proposals";
import type { Change } from "@/lib/corrections/schemas";
import { CorrectionForm, type CorrectionDraft } from "./correction-form";

type CreateAction = (input: { articleId: string; baseRevision: number; change: Change; category?: string; severity?: string; note?: string }) => Promise<ActionResult<{ id: string }>>;

export interface CorrectionTarget {
  articleId: string;
  baseRevision: number;
  sourceLang: string;
  targetLang: string;
}

/** A flag or a reader report, with the fixes the workspace can preview for it. */
export interface FixSubject {
  kind: "flag" | "report";
  id: string;
  category: string;
  severity: string;
  apply: Proposal | null;
  all: Proposal | null;
  sentence: { start: number; end: number; text: string; source: string };
}

/** "Apply suggestion", "Fix all occurrences" (names) and "Edit" for a flag or a report; each opens a draft with a live diff. */
export function FixActions({ target, subject: flag, create }: { target: CorrectionTarget; subject: FixSubject; create: CreateAction }) {
  const [draft, setDraft] = useState<CorrectionDraft | null>(null);
  const base = { category: flag.category, severity: flag.severity };
  const drafts = {
    apply: flag.apply && { ...base, title: "Apply suggestion", body: { kind: "replacement" as const, proposal: flag.apply, change: (replacement: string): Change => (flag.kind === "flag" ? { kind: "flag", flagId: flag.id, replacement } : { kind: "report", reportId: flag.id, replacement }) } },
    all: flag.all && { ...base, title: `Fix all ${flag.all.sentences.length > 1 ? "occurrences" : "occurrence"}`, body: { kind: "replacement" as const, proposal: flag.all, change: (replacement: string): Change => ({ kind: "all-occurrences", ...(flag.kind === "flag" ? { flagId: flag.id } : { reportId: flag.id }), replacement }) } },
    edit: { ...base, title: "Edit sentence", body: { kind: "sentence" as const, sentence: flag.sentence, change: (text: string): Change => ({ kind: "edit", start: flag.sentence.start, end: flag.sentence.end, text, ...(flag.kind === "flag" ? { flagIds: [flag.id] } : { reportIds: [flag.id] }) }) } },
  };
  if (draft) {
    return (
      <CorrectionForm
        draft={draft}
        sourceLang={target.sourceLang}
        targetLang={target.targetLang}
        onCancel={() => setDraft(null)}
        submit={({ change, category, severity, note }) => create({ articleId: target.articleId, baseRevision: target.baseRevision, change, category, severity, note: note || undefined })}
      />
    );
  }
  const button = "rounded border border-stone-300 px-1.5 py-0.5 text-xs hover:bg-stone-100";
  return (
    <span className="mr-2 inline-flex flex-wrap gap-1">
      {drafts.apply && <button type="button" className={button} onClick={() => setDraft(drafts.apply)}>Apply suggestion</button>}
      {drafts.all && <button type="button" className={button} onClick={() => setDraft(drafts.all)}>Fix all occurrences</button>}
      <button type="button" className={button} onClick={() => setDraft(drafts.edit)}>Edit</button>
    </span>
  );
}
