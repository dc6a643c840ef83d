import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { notifyReportResolved } from "./notify-report-resolved";

/**
 * Marks reports resolved by an approved correction and queues word to their readers, inside the approval's
 * transaction. After it commits, call deliverQueuedMail() (lib/mail) to send what SMTP should carry.
 */
export async function resolveReports(tx: Tx, reportIds: readonly string[], actorId: string | null): Promise<number> {
  const open = await tx.report.findMany({ where: { id: { in: [...reportIds] }, status: { not: "RESOLVED" } }, select: { id: true, status: true } });
  if (open.length === 0) return 0;
  const resolvedAt = new Date();
  await tx.report.updateMany({ where: { id: { in: open.map((r) => r.id) } }, data: { status: "RESOLVED", resolvedAt } });
  for (const report of open) {
    await audit(tx, { actorId, action: "report.resolved", entityType: "Report", entityId: report.id, before: { status: report.status }, after: { status: "RESOLVED" } });
  }
  await notifyReportResolved(tx, open.map((r) => r.id));
  return open.length;
}
