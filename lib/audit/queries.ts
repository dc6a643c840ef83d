import { getDb, pageWindow, toPage } from "@/lib/db";

const AUDIT_PAGE_SIZE = 100;

/** One page of the audit log, newest first, of one action or all (on the [action, createdAt] and [createdAt] indexes). */
export async function listAuditEntries({ page, action }: { page: number; action?: string }) {
  const rows = await getDb().auditEntry.findMany({
    where: action ? { action } : {},
    orderBy: { createdAt: "desc" },
    include: { actor: { select: { email: true } } },
    ...pageWindow(page, AUDIT_PAGE_SIZE),
  });
  return toPage(rows, page, AUDIT_PAGE_SIZE);
}

/** The actions the log holds, for its filter: grouped on the action index rather than read row by row. */
export async function auditActions(): Promise<string[]> {
  const rows = await getDb().auditEntry.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
