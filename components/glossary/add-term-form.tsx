"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

const input = "mt-1 w-full rounded border border-stone-300 px-2 py-1.5 text-sm";
type FormAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;
export type PublisherChoice = { id: string; name: string };

export interface TermValues {
  id?: string;
  source?: string;
  target?: string;
  kind?: string;
  note?: string | null;
  publisherId?: string | null;
}

/** A form whose server action answers with a message: shown under it, as a status or an alert. */
export function ResultForm({ action, label, className, children }: { action: FormAction; label: string; className?: string; children: ReactNode }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionResult);
  return (
    <form action={formAction} aria-label={label} className={className}>
      <fieldset disabled={pending} className="contents">{children}</fieldset>
      {state.status === "error" && <p role="alert" className="col-span-full basis-full text-sm text-rose-700">{state.error}</p>}
      {state.status === "ok" && <p role="status" className="col-span-full basis-full text-sm text-emerald-700">{state.message}</p>}
    </form>
  );
}

export function KindSelect({ defaultValue = "OFFICIAL_SPELLING" }: { defaultValue?: string }) {
  return (
    <select name="kind" className={input} defaultValue={defaultValue}>
      <option value="OFFICIAL_SPELLING">Official spelling</option>
      <option value="DO_NOT_TRANSLATE">Name not to translate</option>
      <option value="PREFERRED_TERM">Preferred term</option>
    </select>
  );
}

export function ScopeSelect({ publishers, defaultValue }: { publishers: PublisherChoice[]; defaultValue?: string | null }) {
  return (
    <select name="publisherId" className={input} defaultValue={defaultValue ?? ""}>
      <option value="">Everywhere</option>
      {publishers.map((p) => <option key={p.id} value={p.id}>Only {p.name}</option>)}
    </select>
  );
}

/** Add a term, or (with `term.id`) edit one: source, required English form, kind, note and scope. */
export function TermForm({ action, publishers, term = {}, submit }: { action: FormAction; publishers: PublisherChoice[]; term?: TermValues; submit: string }) {
  return (
    <ResultForm action={action} label={term.id ? `Edit ${term.source}` : "Add a term"} className="grid items-end gap-3 rounded border border-stone-200 bg-white p-4 md:grid-cols-[1fr_1fr_11rem_1fr_11rem_auto]">
      {term.id && <input type="hidden" name="id" value={term.id} />}
      <label className="text-sm font-medium">Russian term<input name="source" required className={input} placeholder="Токаев" defaultValue={term.source} /></label>
      <label className="text-sm font-medium">Required English<input name="target" required className={input} placeholder="Tokayev" defaultValue={term.target} /></label>
      <label className="text-sm font-medium">Kind<KindSelect defaultValue={term.kind} /></label>
      <label className="text-sm font-medium">Note<input name="note" className={input} defaultValue={term.note ?? ""} /></label>
      <label className="text-sm font-medium">Applies<ScopeSelect publishers={publishers} defaultValue={term.publisherId} /></label>
      <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white">{submit}</button>
    </ResultForm>
  );
}
