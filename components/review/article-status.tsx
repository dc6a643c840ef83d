"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type StatusAction = (previous: ActionResult<undefined>, form: FormData) => Promise<ActionResult<undefined>>;

const LABELS = { NEW: "New", IN_REVIEW: "In review", REVIEWED: "Reviewed", ARCHIVED: "Archived" } as const;

export function ArticleStatus({ action, articleId, status, canArchive }: { action: StatusAction; articleId: string; status: keyof typeof LABELS; canArchive: boolean }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult<undefined>);
  return (
    <form action={formAction} className="flex items-center gap-2 text-xs">
      <input type="hidden" name="articleId" value={articleId} />
      <label className="flex items-center gap-1">Status
        <select name="status" defaultValue={status} className="rounded border border-stone-300 px-1 py-0.5">
          {Object.entries(LABELS).map(([value, label]) => (
            <option key={value} value={value} disabled={!canArchive && (value === "ARCHIVED" || status === "ARCHIVED")}>{label}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100">Set status</button>
      {state.status === "error" && <span role="alert" className="text-rose-700">{state.error}</span>}
      {state.status === "ok" && <span role="status" className="text-emerald-700">{state.message}</span>}
    </form>
  );
}
