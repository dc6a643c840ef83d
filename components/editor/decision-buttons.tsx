"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

type FormAction = (previous: ActionResult<undefined>, form: FormData) => Promise<ActionResult<undefined>>;
type ApproveAction = (previous: ActionResult<{ learned: string[] }>, form: FormData) => Promise<ActionResult<{ learned: string[] }>>;
const IDLE: ActionResult<never> = { status: "idle" };

/** Approve / Reject (with a reason, canned ones offered) / Request changes for one pending correction. */
export function DecisionButtons({ correctionId, actions, cannedReasons, selfApprovalBlocked }: {
  correctionId: string;
  actions: { approve: ApproveAction; reject: FormAction; requestChanges: FormAction };
  cannedReasons: readonly string[];
  selfApprovalBlocked: boolean;
}) {
  const [open, setOpen] = useState<"reject" | "changes" | null>(null);
  const [approveState, approve, approving] = useActionState(actions.approve, IDLE);
  const [rejectState, reject, rejecting] = useActionState(actions.reject, IDLE);
  const [changesState, requestChanges, requesting] = useActionState(actions.requestChanges, IDLE);
  if (approveState.status === "ok") return <ApprovalNotice message={approveState.message} learned={approveState.data.learned} />;
  const done = [rejectState, changesState].find((s) => s.status === "ok");
  if (done?.status === "ok") return <p role="status" className="text-sm text-emerald-800">{done.message}</p>;
  const error = [approveState, rejectState, changesState].find((s) => s.status === "error");
  const button = "rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={approve}>
          <input type="hidden" name="correctionId" value={correctionId} />
          <button type="submit" disabled={approving || selfApprovalBlocked} className="rounded bg-emerald-800 px-2 py-1 text-sm text-white disabled:opacity-50">Approve</button>
        </form>
        <button type="button" className={button} onClick={() => setOpen(open === "reject" ? null : "reject")} aria-expanded={open === "reject"}>Reject</button>
        <button type="button" className={button} onClick={() => setOpen(open === "changes" ? null : "changes")} aria-expanded={open === "changes"}>Request changes</button>
        {selfApprovalBlocked && <span className="text-xs text-stone-500">You proposed this correction: another editor has to approve it.</span>}
      </div>
      {open === "reject" && (
        <form action={reject} className="space-y-1 rounded border border-stone-200 bg-stone-50 p-2 text-sm" aria-label="Reject correction">
          <input type="hidden" name="correctionId" value={correctionId} />
          <label className="block">Reason<select name="cannedReason" defaultValue="" className="ml-2 rounded border border-stone-300"><option value="">(write your own)</option>{cannedReasons.map((r) => <option key={r}>{r}</option>)}</select></label>
          <label className="block">Explanation<textarea name="reason" rows={2} maxLength={1000} className="mt-0.5 w-full rounded border border-stone-300 px-1.5" /></label>
          <button type="submit" disabled={rejecting} className="rounded bg-rose-800 px-2 py-1 text-white">Reject correction</button>
        </form>
      )}
      {open === "changes" && (
        <form action={requestChanges} className="space-y-1 rounded border border-stone-200 bg-stone-50 p-2 text-sm" aria-label="Request changes">
          <input type="hidden" name="correctionId" value={correctionId} />
          <label className="block">What should change<textarea name="comment" rows={2} maxLength={1000} required className="mt-0.5 w-full rounded border border-stone-300 px-1.5" /></label>
          <button type="submit" disabled={requesting} className="rounded bg-amber-700 px-2 py-1 text-white">Send back to reviewer</button>
        </form>
      )}
      {error?.status === "error" && <p role="alert" className="text-sm text-rose-700">{error.error}</p>}
    </div>
  );
}

/** After an approval: what it taught the glossary, with the way to add it (the Glossary page's proposals). */
function ApprovalNotice({ message, learned }: { message?: string; learned: string[] }) {
  return (
    <div role="status" className="space-y-1 text-sm text-emerald-800">
      <p>{message}</p>
      {learned.length > 0 && (
        <p className="text-stone-800">
          Learned for the glossary: {learned.join(", ")}.{" "}
          <a href="/review/glossary#proposals" className="font-medium underline">Add to glossary</a>
        </p>
      )}
    </div>
  );
}
