import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { notifyReportResolved } from "./notify-report-resolved";
import { OPEN_REPORT_STATUSES } from "./queries";

/**
 * Marks the open reports an approved correction fixes as resolved, audits each (with `details` such as the
 * correction and the new revision) and queues word to their readers — all in the approval's transaction.
 * The mail goes once the request has answered (lib/outbox). Returns the ids resolved.
 */
export async function resolveReports(tx: Tx, reportIds: readonly string[], actorId: string | null, details: Record<string, unknown> = {}): Promise<string[]> {
  const open = await tx.report.findMany({ where: { id: { in: [...reportIds] }, status: { in: [...OPEN_REPORT_STATUSES] } }, select: { id: true, status: true } });
  if (open.length === 0) return [];
  const resolved: string[] = [];
  for (const report of open) {
    // Still open when written: a report a reviewer set aside meanwhile (spam, duplicate) keeps that status.
    const moved = await tx.report.updateMany({ where: { id: report.id, status: { in: [...OPEN_REPORT_STATUSES] } }, data: { status: "RESOLVED", resolvedAt: new Date() } });
    if (moved.count === 0) continue;
    await audit(tx, { actorId, action: "report.resolved", entityType: "Report", entityId: report.id, before: { status: report.status }, after: { status: "RESOLVED", ...details } });
    resolved.push(report.id);
  }
  await notifyReportResolved(tx, resolved);
  return resolved;
}
