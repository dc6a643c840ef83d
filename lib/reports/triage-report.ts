import { z } from "zod";
import { refreshArticleCounts } from "@/lib/article-counts";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canTriageReport } from "@/lib/permissions";

/** The statuses a reviewer sets by hand; RESOLVED comes only from an approved correction. */
const TRIAGE_STATUSES = ["NEW", "ACCEPTED", "REJECTED", "DUPLICATE", "SPAM"] as const;

export const triageReportSchema = z.object({
  reportId: z.string().min(1).max(100),
  status: z.enum(TRIAGE_STATUSES, { error: "must be one of new, accepted, rejected, duplicate or spam" }),
});

/** A reviewer accepts, rejects or sets aside a reader's report (or takes it back to new); audited. */
export async function triageReport(user: CurrentUser, input: z.input<typeof triageReportSchema>) {
  if (!canTriageReport(user)) throw new UserError("Only reviewers can change a report's status.", 403);
  const { reportId, status } = triageReportSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: reportId }, select: { id: true, status: true, articleId: true } });
    if (!report) throw new UserError("That report no longer exists; reload the page.", 404);
    if (report.status === "RESOLVED") throw new UserError("That report is resolved: a correction fixed it.", 409);
    if (report.status === status) return { id: report.id, articleId: report.articleId, status };
    // Guarded on the status just read: a reviewer triaging at the same moment, or an approval resolving the
    // report, is not overwritten (on PostgreSQL both transactions may have read the old status).
    const moved = await tx.report.updateMany({ where: { id: reportId, status: report.status }, data: { status, triagedById: user.id } });
    if (moved.count !== 1) throw new UserError("Someone changed this report's status a moment ago; reload the page.", 409);
    await refreshArticleCounts(tx, [report.articleId]);
    await audit(tx, { actorId: user.id, action: "report.triaged", entityType: "Report", entityId: reportId, before: { status: report.status }, after: { status } });
    return { id: report.id, articleId: report.articleId, status };
  });
}
