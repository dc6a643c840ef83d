"use client";

import { createContext, useActionState, useContext, useId, useMemo, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/** The outcome of one triage, with the report it was for: the list shows it on that report's row. */
export type TriageState = ActionResult<{ status: string }> & { reportId?: string };
type TriageAction = (previous: TriageState, form: FormData) => Promise<TriageState>;

const CHOICES = [
  { status: "ACCEPTED", label: "Accept" },
  { status: "REJECTED", label: "Reject" },
  { status: "DUPLICATE", label: "Duplicate" },
  { status: "SPAM", label: "Spam" },
  { status: "NEW", label: "Back to new" },
] as const;

const TriageContext = createContext<{ form: string; pending: boolean; state: TriageState } | null>(null);

/**
 * One triage form for a list of reports. Each row's buttons submit it from where they stand (the `form`
 * attribute) with their report and status as the button's value, so a page of fifty reports carries the
 * action's hidden fields once rather than a form per row. Without JavaScript it posts like any form.
 */
export function TriageForm({ action, children }: { action: TriageAction; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as TriageState);
  const form = useId();
  const value = useMemo(() => ({ form, pending, state }), [form, pending, state]);
  return (
    <TriageContext value={value}>
      <form id={form} action={formAction} />
      {children}
    </TriageContext>
  );
}

/** Buttons that set a report's status (all but the one it has); resolved reports have none. Inside a TriageForm. */
export function ReportTriage({ reportId, status }: { reportId: string; status: string }) {
  const triage = useContext(TriageContext);
  if (!triage) throw new Error("ReportTriage needs a TriageForm around it");
  if (status === "RESOLVED") return null;
  const outcome = triage.state.reportId === reportId ? triage.state : undefined;
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-xs">
      {CHOICES.filter((choice) => choice.status !== status).map((choice) => (
        <button key={choice.status} form={triage.form} name="triage" value={`${reportId} ${choice.status}`} disabled={triage.pending} className="triage-button">
          {choice.label}
        </button>
      ))}
      {outcome?.status === "error" && <span role="alert" className="text-rose-700">{outcome.error}</span>}
      {outcome?.status === "ok" && <span role="status" className="text-stone-500">{outcome.message}</span>}
    </div>
  );
}

export type { TriageAction };
