import { z } from "zod";
import type { CurrentUser } from "@/lib/auth";
import { getDb, type Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canCorrect } from "@/lib/permissions";
import { loadCurrentRevision, requireBaseIsCurrent } from "./load";
import { prepareCorrection } from "./prepare";
import { changeSchema, correctionDetailsSchema } from "./schemas";
import { moveCorrection } from "./transition";

export const submitCorrectionSchema = correctionDetailsSchema.extend({
  correctionId: z.string().min(1).max(64),
  baseRevision: z.number().int().positive(),
  change: changeSchema,
});

/**
 * The reviewer resubmits a correction an editor sent back (or one that conflicted) as a new change against
 * the current revision; it goes back to the queue with the same history and links.
 */
export async function submitCorrection(user: CurrentUser, input: z.input<typeof submitCorrectionSchema>) {
  if (!canCorrect(user)) throw new UserError("Only reviewers can submit corrections.", 403);
  const valid = submitCorrectionSchema.parse(input);
  const existing = await getDb().correction.findUnique({ where: { id: valid.correctionId }, include: { flags: { select: { id: true } }, reports: { select: { id: true } } } });
  if (!existing) throw new UserError("No correction with that id.", 404);
  if (existing.authorId !== user.id) throw new UserError("Only the reviewer who proposed a correction can resubmit it.", 403);
  const current = await loadCurrentRevision(existing.articleId);
  requireBaseIsCurrent(current, valid.baseRevision);
  const prepared = await prepareCorrection(current, valid.change);
  await getDb().$transaction(async (tx) => {
    await moveCorrection(tx, {
      correctionId: existing.id,
      actorId: user.id,
      from: ["CHANGES_REQUESTED", "CONFLICT"],
      to: "PENDING",
      action: "correction.resubmitted",
      data: {
        baseRevision: valid.baseRevision,
        patch: prepared.patch,
        edits: prepared.sentences as unknown as Prisma.InputJsonValue,
        ...(valid.category ? { category: valid.category } : {}),
        ...(valid.severity ? { severity: valid.severity } : {}),
        ...(valid.note !== undefined ? { note: valid.note || null } : {}),
        decisionNote: null,
        decidedById: null,
        decidedAt: null,
      },
      details: { baseRevision: valid.baseRevision, sentences: prepared.sentences.length },
    });
    // Links already made stay; flags and reports of the new revision that the new change settles are added.
    await tx.correction.update({
      where: { id: existing.id },
      data: { flags: { connect: prepared.flagIds.map((id) => ({ id })) }, reports: { connect: prepared.reportIds.map((id) => ({ id })) } },
    });
  });
  return { id: existing.id };
}
