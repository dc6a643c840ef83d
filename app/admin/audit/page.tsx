import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireRole } from "@/lib/auth";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 100;
const querySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1), action: z.string().max(100).optional().catch(undefined) });

const show = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value));

/** Who: ADMIN. Every state change, newest first: who, when, what, old → new. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/audit");
  const { page, action } = querySchema.parse(await searchParams);
  const db = getDb();
  const where = action ? { action } : {};
  const [entries, actions] = await Promise.all([
    db.auditEntry.findMany({ where, orderBy: { createdAt: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE + 1, include: { actor: { select: { email: true } } } }),
    db.auditEntry.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  const href = (p: number) => `/admin/audit?page=${p}${action ? `&action=${encodeURIComponent(action)}` : ""}`;
  return (
    <main>
      <h1 className="mb-2 text-2xl font-semibold">Audit log</h1>
      <form className="mb-3 flex items-center gap-2 text-sm" action="/admin/audit">
        <label>Action <select name="action" defaultValue={action ?? ""} className="rounded border border-stone-300"><option value="">all</option>{actions.map((a) => <option key={a.action}>{a.action}</option>)}</select></label>
        <button className="rounded border border-stone-300 px-2 py-0.5">Show</button>
      </form>
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-stone-500"><tr><th className="py-1">When</th><th>Who</th><th>What</th><th>Entity</th><th>Old → new</th></tr></thead>
        <tbody>
          {entries.slice(0, PAGE_SIZE).map((entry) => (
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
      <nav aria-label="Pages" className="mt-3 flex gap-3 text-sm">
        {page > 1 && <Link className="underline" href={href(page - 1)}>Newer</Link>}
        {entries.length > PAGE_SIZE && <Link className="underline" href={href(page + 1)}>Older</Link>}
      </nav>
    </main>
  );
}
