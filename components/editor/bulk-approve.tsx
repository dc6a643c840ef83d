"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/** The form the queue's checkboxes belong to (through their form attribute): approves every selected correction. */
export function BulkApprove({ id, action, empty }: { id: string; empty: boolean; action: (previous: ActionResult<undefined>, form: FormData) => Promise<ActionResult<undefined>> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult<undefined>);
  return (
    <form id={id} action={formAction} className="flex items-center gap-3">
      {!empty && <button type="submit" disabled={pending} className="rounded bg-emerald-800 px-3 py-1.5 text-sm text-white disabled:opacity-50">Approve selected</button>}
      {state.status === "ok" && <p role="status" className="text-sm text-emerald-800">{state.message}</p>}
      {state.status === "error" && <p role="alert" className="text-sm text-rose-700">{state.error}</p>}
    </form>
  );
}
