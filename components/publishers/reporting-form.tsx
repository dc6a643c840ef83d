"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

interface Props {
  action: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  publisher: { id: string; name: string; allowedOrigins: string; reportLimits: string | null };
  defaultLimits: string;
}

/** One publisher's widget settings: the sites allowed to send reports, and its own limits per reader. */
export function PublisherReportingForm({ action, publisher, defaultLimits }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult);
  return (
    <form action={formAction} aria-label={`Report settings for ${publisher.name}`} className="space-y-2 rounded border border-stone-200 bg-white p-3 text-sm">
      <h2 className="font-medium">{publisher.name}</h2>
      <input type="hidden" name="publisherId" value={publisher.id} />
      <label className="block">
        Allowed origins (one per line)
        <textarea name="allowedOrigins" rows={3} defaultValue={publisher.allowedOrigins} placeholder="https://news.example.kz" className="mt-1 block w-full rounded border border-stone-300 px-2 py-1 font-mono text-xs" />
      </label>
      <label className="block">
        Report limits per reader
        <input name="reportLimits" defaultValue={publisher.reportLimits ?? ""} placeholder={defaultLimits} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1 font-mono text-xs" />
        <span className="text-xs text-stone-500">COUNT/WINDOW, comma-separated (units s, m, h, d). Empty: the server default, {defaultLimits}.</span>
      </label>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-2 py-1 text-white disabled:opacity-50">Save</button>
      {state.status === "ok" && <p role="status" className="text-emerald-800">{state.message}</p>}
      {state.status === "error" && <p role="alert" className="text-rose-700">{state.error}</p>}
    </form>
  );
}
