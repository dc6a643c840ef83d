"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { useReviewText } from "@/components/review/review-text";
import { fixProposals, type FixSubject } from "@/lib/corrections/proposals";
import type { Change } from "@/lib/corrections/schemas";
import { CorrectionForm, type CorrectionDraft } from "./correction-form";

type CreateAction = (input: { articleId: string; baseRevision: number; change: Change; category?: string; severity?: string; note?: string }) => Promise<ActionResult<{ id: string }>>;

export interface CorrectionTarget {
  articleId: string;
  baseRevision: number;
  sourceLang: string;
  targetLang: string;
}

/** "Apply suggestion", "Fix all occurrences" (names) and "Edit" for a flag or a report; each opens a draft with a live diff. */
export function FixActions({ target, subject: flag, create }: { target: CorrectionTarget; subject: FixSubject; create: CreateAction }) {
  const { aligned } = useReviewText();
  const [draft, setDraft] = useState<CorrectionDraft | null>(null);
  const base = { category: flag.category, severity: flag.severity };
  // Built from the page's texts when a button is pressed: the subject itself holds offsets only.
  const drafts = {
    apply: (): CorrectionDraft | null => {
      const { apply } = fixProposals(aligned, flag);
      return apply && { ...base, title: "Apply suggestion", body: { kind: "replacement", proposal: apply, change: (replacement) => (flag.kind === "flag" ? { kind: "flag", flagId: flag.id, replacement } : { kind: "report", reportId: flag.id, replacement }) } };
    },
    all: (): CorrectionDraft | null => {
      const { all } = fixProposals(aligned, flag);
      return all && { ...base, title: `Fix all ${all.sentences.length > 1 ? "occurrences" : "occurrence"}`, body: { kind: "replacement", proposal: all, change: (replacement) => ({ kind: "all-occurrences", ...(flag.kind === "flag" ? { flagId: flag.id } : { reportId: flag.id }), replacement }) } };
    },
    edit: (): CorrectionDraft => {
      const { sentence } = fixProposals(aligned, flag);
      return { ...base, title: "Edit sentence", body: { kind: "sentence", sentence, change: (text): Change => ({ kind: "edit", start: sentence.start, end: sentence.end, text, ...(flag.kind === "flag" ? { flagIds: [flag.id] } : { reportIds: [flag.id] }) }) } };
    },
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
      {flag.suggestion !== null && <button type="button" className={button} onClick={() => setDraft(drafts.apply())}>Apply suggestion</button>}
      {flag.suggestion && flag.all && <button type="button" className={button} onClick={() => setDraft(drafts.all())}>Fix all occurrences</button>}
      <button type="button" className={button} onClick={() => setDraft(drafts.edit())}>Edit</button>
    </span>
  );
}
