"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

const input = "mt-1 w-full rounded border border-stone-300 px-2 py-1.5 text-sm";

export function AddTermForm({ action }: { action: (previous: ActionResult, form: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult);
  return (
    <form action={formAction} className="grid items-end gap-3 rounded border border-stone-200 bg-white p-4 md:grid-cols-[1fr_1fr_12rem_1fr_auto]">
      <label className="text-sm font-medium">Russian term<input name="source" required className={input} placeholder="Токаев" /></label>
      <label className="text-sm font-medium">Required English<input name="target" required className={input} placeholder="Tokayev" /></label>
      <label className="text-sm font-medium">Kind
        <select name="kind" className={input} defaultValue="OFFICIAL_SPELLING">
          <option value="OFFICIAL_SPELLING">Official spelling</option>
          <option value="DO_NOT_TRANSLATE">Name not to translate</option>
          <option value="PREFERRED_TERM">Preferred term</option>
        </select>
      </label>
      <label className="text-sm font-medium">Note<input name="note" className={input} /></label>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white">Add term</button>
      {state.status === "error" && <p role="alert" className="text-sm text-rose-700 md:col-span-5">{state.error}</p>}
      {state.status === "ok" && <p role="status" className="text-sm text-emerald-700 md:col-span-5">{state.message}</p>}
    </form>
  );
}
