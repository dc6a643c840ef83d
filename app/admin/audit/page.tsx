import type { Metadata } from "next";
import { z } from "zod";
import { Pager } from "@/components/layout/pager";
import { auditActions, listAuditEntries } from "@/lib/audit";
import { requireRole } from "@/lib/auth";
import { pageNumberSchema } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log" };

const querySchema = z.object({ page: pageNumberSchema, action: z.string().max(100).optional().catch(undefined) });

const show = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value));

/** Who: ADMIN. Every state change, newest first: who, when, what, old → new. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/audit");
  const { page, action } = querySchema.parse(await searchParams);
  const [entries, actions] = await Promise.all([listAuditEntries({ page, action }), auditActions()]);
  const href = (p: number) => `/admin/audit?page=${p}${action ? `&action=${encodeURIComponent(action)}` : ""}`;
  return (
    <main>
      <h1 className="mb-2 text-2xl font-semibold">Audit log</h1>
      <form className="mb-3 flex items-center gap-2 text-sm" action="/admin/audit">
        <label>Action <select name="action" defaultValue={action ?? ""} className="rounded border border-stone-300"><option value="">all</option>{actions.map((a) => <option key={a}>{a}</option>)}</select></label>
        <button className="rounded border border-stone-300 px-2 py-0.5">Show</button>
      </form>
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-stone-500"><tr><th className="py-1">When</th><th>Who</th><th>What</th><th>Entity</th><th>Old → new</th></tr></thead>
        <tbody>
          {entries.items.map((entry) => (
            <tr key={entry.id} className="border-t border-stone-200 align-top" data-testid="audit-entry" data-action={entry.action}>
              <td className="whitespace-nowrap py-1.5 pr-2"><time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString().slice(0, 19).replace("T", " ")}</time></td>
              <td className="pr-2">{entry.actor?.email ?? "system"}</td>
              <td className="pr-2 font-mono text-xs">{entry.action}</td>
              <td className="pr-2 text-xs">{entry.entityType} <span className="text-stone-400">{entry.entityId}</span></td>
              <td className="break-all font-mono text-xs">{show(entry.before)} → {show(entry.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} hasNext={entries.hasNext} href={href} />
    </main>
  );
}
