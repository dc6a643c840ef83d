"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type TriageAction = (previous: ActionResult<{ status: string }>, form: FormData) => Promise<ActionResult<{ status: string }>>;

const CHOICES = [
  { status: "ACCEPTED", label: "Accept" },
  { status: "REJECTED", label: "Reject" },
  { status: "DUPLICATE", label: "Duplicate" },
  { status: "SPAM", label: "Spam" },
  { status: "NEW", label: "Back to new" },
] as const;

/** Buttons that set a report's status (all but the one it has); resolved reports have none. */
export function ReportTriage({ action, reportId, status }: { action: TriageAction; reportId: string; status: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult<{ status: string }>);
  if (status === "RESOLVED") return null;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-1.5 text-xs">
      <input type="hidden" name="reportId" value={reportId} />
      {CHOICES.filter((choice) => choice.status !== status).map((choice) => (
        <button key={choice.status} name="status" value={choice.status} disabled={pending} className="rounded border border-stone-300 px-1.5 py-0.5 hover:bg-stone-100 disabled:opacity-50">
          {choice.label}
        </button>
      ))}
      {state.status === "error" && <span role="alert" className="text-rose-700">{state.error}</span>}
      {state.status === "ok" && <span role="status" className="text-stone-500">{state.message}</span>}
    </form>
  );
}

export type { TriageAction };
