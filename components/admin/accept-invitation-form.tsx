"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

export function AcceptInvitationForm({ action, token, minLength }: { action: (previous: ActionResult<undefined>, form: FormData) => Promise<ActionResult<undefined>>; token: string; minLength: number }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult<undefined>);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <label className="block text-sm">Name (optional)<input name="name" maxLength={100} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" /></label>
      <label className="block text-sm">Password<input name="password" type="password" required minLength={minLength} autoComplete="new-password" className="mt-1 w-full rounded border border-stone-300 px-2 py-1" /></label>
      {state.status === "error" && <p role="alert" className="text-sm text-rose-700">{state.error}</p>}
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white">Create account</button>
    </form>
  );
}
