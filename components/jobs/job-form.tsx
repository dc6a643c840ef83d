"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { JobView } from "@/lib/jobs";
import { JobProgress } from "./job-progress";

type StartJob = (previous: ActionResult<JobView>, form: FormData) => Promise<ActionResult<JobView>>;

/**
 * A form that starts a background job, then shows its progress (or, on load, the progress of the job of its kind
 * already under way). The progress sits beside the form, not in it: it has its own Cancel form.
 */
export function JobForm({ id, action, label, initial, className, children }: { id?: string; action: StartJob; label: string; initial?: JobView | null; className?: string; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult<JobView>);
  const job = state.status === "ok" ? state.data : initial;
  return (
    <div className={className}>
      <form id={id} action={formAction} aria-label={label} className="contents">
        <fieldset disabled={pending} className="contents">{children}</fieldset>
      </form>
      {state.status === "error" && <p role="alert" className="text-sm text-rose-700">{state.error}</p>}
      {state.status === "ok" && state.message && <p className="text-sm text-stone-700">{state.message}</p>}
      {job && <JobProgress key={job.id} job={job} />}
    </div>
  );
}
