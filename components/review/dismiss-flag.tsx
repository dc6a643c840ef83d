"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type DismissAction = (previous: ActionResult<{ dismissed: number }>, form: FormData) => Promise<ActionResult<{ dismissed: number }>>;

export function DismissFlag({ action, flagId, articleId, text }: { action: DismissAction; flagId: string; articleId: string; text: string }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult<{ dismissed: number }>);
  if (state.status === "ok") return <p role="status" className="text-xs text-stone-500">{state.message}</p>;
  if (!open) {
    return <button type="button" onClick={() => setOpen(true)} className="text-xs text-stone-600 underline hover:text-stone-900">Dismiss</button>;
  }
  return (
    <form action={formAction} className="mt-1 space-y-1 rounded border border-stone-200 bg-stone-50 p-2 text-xs">
      <input type="hidden" name="flagId" value={flagId} />
      <input type="hidden" name="articleId" value={articleId} />
      <fieldset>
        <legend className="font-medium">Dismiss</legend>
        <label className="block"><input type="radio" name="scope" value="OCCURRENCE" defaultChecked /> this occurrence</label>
        <label className="block"><input type="radio" name="scope" value="ARTICLE" /> “{text}” in this article</label>
        <label className="block"><input type="radio" name="scope" value="EVERYWHERE" /> “{text}” everywhere</label>
      </fieldset>
      <label className="block">Reason (optional)<input name="reason" maxLength={500} className="mt-0.5 w-full rounded border border-stone-300 px-1.5 py-0.5" /></label>
      {state.status === "error" && <p role="alert" className="text-rose-700">{state.error}</p>}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-stone-800 px-2 py-0.5 text-white">Dismiss flag</button>
        <button type="button" onClick={() => setOpen(false)} className="underline">Cancel</button>
      </div>
    </form>
  );
}
