"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/** An invitation's link, or a secret shown to the admin who asked for it (a new webhook's). */
type Result = ActionResult<{ link?: string; secret?: string }>;

/** A small admin form: its fields, a submit button, and the outcome (with a link, for invitations, or a secret). */
export function ActionForm({ action, submit, label, children, className = "" }: { action: (previous: Result, form: FormData) => Promise<Result>; submit: string; label: string; children?: ReactNode; className?: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as Result);
  return (
    <form action={formAction} aria-label={label} className={`flex flex-wrap items-center gap-2 ${className}`}>
      {children}
      <button type="submit" disabled={pending} className="rounded border border-stone-300 bg-white px-2 py-0.5 text-sm hover:bg-stone-100 disabled:opacity-50">{submit}</button>
      {state.status === "ok" && (
        <p role="status" className="basis-full text-sm text-emerald-800">
          {state.message}
          {state.data.link && <> <code className="select-all break-all rounded bg-stone-100 px-1" data-testid="invitation-link">{new URL(state.data.link, window.location.origin).toString()}</code></>}
          {state.data.secret && <> <code className="select-all break-all rounded bg-stone-100 px-1" data-testid="revealed-secret">{state.data.secret}</code></>}
        </p>
      )}
      {state.status === "error" && <p role="alert" className="basis-full text-sm text-rose-700">{state.error}</p>}
    </form>
  );
}
