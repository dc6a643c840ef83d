import type { z } from "zod";
import { analyzeInWorker } from "@/lib/analysis";
import { refreshArticleCounts } from "@/lib/article-counts";
import type { CurrentUser } from "@/lib/auth";
import { ANALYSIS_WRITE, getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { loadGlossary } from "@/lib/glossary/repository";
import { learnedNames, recordProposals, type GlossaryProposalView } from "@/lib/glossary-learning";
import { canApprove, canDecide } from "@/lib/permissions";
import { resolveReports } from "@/lib/reports/resolve-reports";
import { recordRevision, RevisionConflictError } from "@/lib/revisions/record-revision";
import { getSetting } from "@/lib/settings";
import { queueWebhookEvent, toArticleRef } from "@/lib/webhooks";
import { applyPatchByContext, describeConflicts } from "./patch";
import { correctionIdSchema } from "./schemas";
import type { SentenceChange } from "./touched-sentences";
import { moveCorrection } from "./transition";

/** An approval of a name correction also proposes the glossary entries it teaches (lib/glossary-learning). */
export type ApprovalResult =
  | { status: "APPROVED"; revision: number; resolvedReports: string[]; glossaryProposals: GlossaryProposalView[] }
  | { status: "CONFLICT"; message: string };

/** Another approval may land between reading the text and writing the revision; each retry re-applies the patch. */
const MAX_ATTEMPTS = 8;

/**
 * An editor approves a pending correction: its patch is applied by context to the current revision, the
 * checks run on the result, and one transaction writes the new revision (author, approver, correction), its
 * flags, the approval and the settled flags and reports. If the text it corrects has changed, the correction
 * goes to CONFLICT with an explanation instead. Concurrent approvals serialise on the revision number.
 * Word to the readers and webhook deliveries are written to the outboxes in that transaction, not sent: the
 * caller sends them after its response (drainOutboxAfterResponse, lib/outbox).
 */
export async function approveCorrection(user: CurrentUser, input: z.input<typeof correctionIdSchema>): Promise<ApprovalResult> {
  if (!canDecide(user)) throw new UserError("Only editors can approve corrections.", 403);
  const { correctionId } = correctionIdSchema.parse(input);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await attemptApproval(user, correctionId);
    } catch (error) {
      if (!(error instanceof RevisionConflictError) || attempt === MAX_ATTEMPTS) throw error;
    }
  }
  throw new UserError("The article kept changing; try again.", 409);
}

async function attemptApproval(user: CurrentUser, correctionId: string): Promise<ApprovalResult> {
  const db = getDb();
  const correction = await db.correction.findUnique({
    where: { id: correctionId },
    include: { article: true, flags: { select: { id: true, check: true, targetStart: true, targetEnd: true, sourceText: true } }, reports: { select: { id: true } } },
  });
  if (!correction) throw new UserError("No correction with that id.", 404);
  if (!canApprove(user, correction, await getSetting("allowSelfApproval"))) {
    throw new UserError("You proposed this correction, so another editor has to approve it (an admin can allow self-approval).", 403);
  }
  if (correction.status !== "PENDING") throw new UserError(`This correction is not waiting for approval (it is ${correction.status.toLowerCase().replace("_", " ")}).`, 409);
  const { article } = correction;
  const current = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: article.currentRevision } }, select: { number: true, text: true } });

  const patched = applyPatchByContext(current.text, correction.patch);
  if (!patched.ok) {
    const message = describeConflicts(patched.conflicts);
    await db.$transaction((tx) =>
      moveCorrection(tx, { correctionId, actorId: user.id, from: ["PENDING"], to: "CONFLICT", action: "correction.conflicted", data: { decisionNote: message, decidedById: user.id, decidedAt: new Date() }, details: { revision: current.number } }),
    );
    return { status: "CONFLICT", message };
  }

  const glossary = await loadGlossary(db, article.sourceLang, article.targetLang, article.publisherId);
  const analysis = await analyzeInWorker({ sourceText: article.sourceText, targetText: patched.text, sourceLang: article.sourceLang, targetLang: article.targetLang }, glossary);
  const learned = learnedNames(correction.edits as unknown as SentenceChange[], correction.flags);
  const flagIds = correction.flags.map((f) => f.id);
  const reportIds = correction.reports.map((r) => r.id);
  const committed = await db.$transaction(async (tx) => {
    const now = new Date();
    const revision = await recordRevision(
      tx,
      { articleId: article.id, expectedCurrent: current.number, text: patched.text, origin: "correction", authorId: correction.authorId, approverId: user.id, correctionId },
      analysis,
    );
    await moveCorrection(tx, { correctionId, actorId: user.id, from: ["PENDING"], to: "APPROVED", action: "correction.approved", data: { decidedById: user.id, decidedAt: now, decisionNote: null }, details: { revision: revision.number, flags: flagIds.length, reports: reportIds.length } });
    await tx.flag.updateMany({ where: { id: { in: flagIds }, status: "OPEN" }, data: { status: "RESOLVED" } });
    // Resolves the readers' reports and queues word to those who left an email (issue 4's mailer).
    const reports = await resolveReports(tx, reportIds, user.id, { correctionId, revision: revision.number });
    const glossaryProposals = await recordProposals(tx, correctionId, learned);
    await refreshArticleCounts(tx, [article.id]);
    await queueWebhookEvent(tx, "correction.approved", () => ({
      article: toArticleRef(article),
      correction: { id: correctionId, authorId: correction.authorId, approverId: user.id, category: correction.category, severity: correction.severity, note: correction.note },
      revision: revision.number,
      resolvedReports: reports,
    }));
    return { number: revision.number, reports, glossaryProposals };
  }, ANALYSIS_WRITE);
  return { status: "APPROVED", revision: committed.number, resolvedReports: committed.reports, glossaryProposals: committed.glossaryProposals };
}
