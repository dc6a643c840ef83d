"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/** "Revert to this revision": asks first, since it changes the public text (as a new revision; nothing is lost). */
export function RevertButton({ action, articleId, number, expectedCurrent }: { action: (previous: ActionResult<undefined>, form: FormData) => Promise<ActionResult<undefined>>; articleId: string; number: number; expectedCurrent: number }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult<undefined>);
  if (state.status === "ok") return <p role="status" className="text-xs text-emerald-800">{state.message}</p>;
  return (
    <form action={formAction} onSubmit={(event) => { if (!window.confirm(`Make the text of revision ${number} current again?`)) event.preventDefault(); }}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="expectedCurrent" value={expectedCurrent} />
      <button type="submit" disabled={pending} className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100">Revert to this revision</button>
      {state.status === "error" && <p role="alert" className="text-xs text-rose-700">{state.error}</p>}
    </form>
  );
}
