import type { Metadata } from "next";
import { CreateTokenForm, RevokeTokenForm } from "@/components/account/token-forms";
import { API_SCOPES, listApiTokens } from "@/lib/api-tokens";
import { requireRole } from "@/lib/auth";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "never");

/** Who: any signed-in user, for their own tokens. */
export default async function TokensPage() {
  const user = await requireRole("REVIEWER", "/account/tokens");
  const tokens = await listApiTokens(user.id);
  return (
    <main className="space-y-6">
      <section aria-labelledby="tokens-heading" className="space-y-2">
        <h1 id="tokens-heading" className="text-2xl font-semibold">API tokens</h1>
        <p className="text-sm text-stone-700">
          A token lets a program use the <a className="underline" href="/api/docs">API</a> as you (<code>Authorization: Bearer …</code>): with your role ({user.role.toLowerCase()}), and only
          within its scopes — <strong>read</strong> lists and reads, <strong>import</strong> adds articles, <strong>review</strong> proposes and decides corrections. It is shown once; Errata keeps only its hash.
        </p>
        <CreateTokenForm action={createTokenAction} scopes={API_SCOPES} />
      </section>
      <table className="w-full text-left text-sm">
        <thead><tr><th className="py-1">Name</th><th>Token</th><th>Scopes</th><th>Created</th><th>Last used</th><th>Status</th></tr></thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-stone-200" data-testid="token-row" data-name={token.name}>
              <td className="py-1.5">{token.name}</td>
              <td><code>{token.prefix}…</code></td>
              <td>{token.scopes.replaceAll(",", ", ")}</td>
              <td>{when(token.createdAt)}</td>
              <td>{when(token.lastUsedAt)}</td>
              <td>{token.revokedAt ? `revoked ${when(token.revokedAt)}` : <RevokeTokenForm action={revokeTokenAction} tokenId={token.id} name={token.name} />}</td>
            </tr>
          ))}
          {tokens.length === 0 && <tr><td colSpan={6} className="py-2 text-stone-500">No tokens yet.</td></tr>}
        </tbody>
      </table>
    </main>
  );
}
