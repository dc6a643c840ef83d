import { audit } from "@/lib/audit";
import type { CorrectionStatus, Prisma, Tx } from "@/lib/db";
import { UserError } from "@/lib/errors";

const DESCRIBED: Record<CorrectionStatus, string> = {
  PENDING: "waiting for approval",
  APPROVED: "already approved",
  REJECTED: "already rejected",
  CHANGES_REQUESTED: "sent back for changes",
  CONFLICT: "in conflict with the current text",
  WITHDRAWN: "withdrawn",
};

/**
 * Moves a correction from one of `from` to `to`, guarded in the database (an update that matches only in an
 * allowed state), so two people deciding at once cannot both succeed; writes the audit row in the same
 * transaction.
 */
export async function moveCorrection(
  tx: Tx,
  change: { correctionId: string; actorId: string; from: CorrectionStatus[]; to: CorrectionStatus; action: string; data?: Prisma.CorrectionUncheckedUpdateManyInput; details?: Record<string, unknown> },
) {
  const before = await tx.correction.findUnique({ where: { id: change.correctionId }, select: { status: true, decisionNote: true } });
  if (!before) throw new UserError("No correction with that id.", 404);
  const moved = await tx.correction.updateMany({
    where: { id: change.correctionId, status: { in: change.from } },
    data: { ...change.data, status: change.to },
  });
  if (moved.count !== 1) throw new UserError(`This correction is ${DESCRIBED[before.status]}.`, 409);
  await audit(tx, {
    actorId: change.actorId,
    action: change.action,
    entityType: "Correction",
    entityId: change.correctionId,
    before: { status: before.status, ...(before.decisionNote ? { note: before.decisionNote } : {}) },
    after: { status: change.to, ...change.details },
  });
}
