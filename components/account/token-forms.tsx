"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/** What the token actions answer: the new token, once, on creation. */
export type TokenResult = ActionResult<{ token?: string }>;

type Action = (previous: TokenResult, form: FormData) => Promise<TokenResult>;

const IDLE: TokenResult = { status: "idle" };

function Outcome({ state }: { state: TokenResult }) {
  if (state.status === "error") return <p role="alert" className="basis-full text-sm text-rose-700">{state.error}</p>;
  if (state.status !== "ok") return null;
  return (
    <p role="status" className="basis-full text-sm text-emerald-800">
      {state.message}
      {state.data.token && <> <code className="select-all break-all rounded bg-stone-100 px-1" data-testid="new-token">{state.data.token}</code></>}
    </p>
  );
}

/** A token's name and scopes; the token itself is shown once, under the form. */
export function CreateTokenForm({ action, scopes }: { action: Action; scopes: readonly string[] }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label="Create a token" className="flex flex-wrap items-center gap-3 text-sm">
      <label>Name <input name="name" required maxLength={100} placeholder="CMS sync" className="rounded border border-stone-300 px-1.5 py-0.5" /></label>
      <fieldset className="flex gap-3">
        <legend className="sr-only">Scopes</legend>
        {scopes.map((scope) => <label key={scope}><input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "read"} /> {scope}</label>)}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded border border-stone-300 bg-white px-2 py-0.5 hover:bg-stone-100 disabled:opacity-50">Create token</button>
      <Outcome state={state} />
    </form>
  );
}

export function RevokeTokenForm({ action, tokenId, name }: { action: Action; tokenId: string; name: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label={`Revoke ${name}`} className="inline-flex flex-wrap gap-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} className="rounded border border-stone-300 bg-white px-2 py-0.5 text-sm hover:bg-stone-100 disabled:opacity-50">Revoke</button>
      <Outcome state={state} />
    </form>
  );
}
