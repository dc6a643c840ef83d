import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb, type Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canCorrect } from "@/lib/permissions";
import { loadCurrentRevision, requireBaseIsCurrent } from "./load";
import { prepareCorrection } from "./prepare";
import { changeSchema, correctionDetailsSchema } from "./schemas";

export const createCorrectionSchema = correctionDetailsSchema.extend({
  articleId: z.string().min(1).max(64),
  /** The revision the reviewer was looking at. */
  baseRevision: z.number().int().positive(),
  change: changeSchema,
});

/**
 * A reviewer proposes a correction: it goes to the editors' queue (PENDING) with its patch against the
 * revision the reviewer saw, the sentences it touches and the flags and reports it settles.
 */
export async function createCorrection(user: CurrentUser, input: z.input<typeof createCorrectionSchema>) {
  if (!canCorrect(user)) throw new UserError("Only reviewers can propose corrections.", 403);
  const valid = createCorrectionSchema.parse(input);
  const current = await loadCurrentRevision(valid.articleId);
  requireBaseIsCurrent(current, valid.baseRevision);
  const prepared = await prepareCorrection(current, valid.change);
  return getDb().$transaction(async (tx) => {
    const alreadyPending = await tx.correction.findFirst({
      where: { articleId: valid.articleId, status: "PENDING", flags: { some: { id: { in: prepared.flagIds } } } },
      select: { id: true },
    });
    if (alreadyPending && valid.change.kind !== "edit") throw new UserError("A correction for this flag is already waiting for approval.", 409);
    const correction = await tx.correction.create({
      data: {
        articleId: valid.articleId,
        baseRevision: valid.baseRevision,
        patch: prepared.patch,
        edits: prepared.sentences as unknown as Prisma.InputJsonValue,
        category: valid.category ?? prepared.category ?? "Accuracy/Mistranslation",
        severity: valid.severity ?? prepared.severity ?? "minor",
        note: valid.note || null,
        authorId: user.id,
        flags: { connect: prepared.flagIds.map((id) => ({ id })) },
        reports: { connect: prepared.reportIds.map((id) => ({ id })) },
      },
    });
    await audit(tx, {
      actorId: user.id,
      action: "correction.created",
      entityType: "Correction",
      entityId: correction.id,
      after: { status: "PENDING", articleId: valid.articleId, baseRevision: valid.baseRevision, kind: valid.change.kind, sentences: prepared.sentences.length, flags: prepared.flagIds.length, reports: prepared.reportIds.length },
    });
    return { id: correction.id, sentences: prepared.sentences.length, flags: prepared.flagIds.length, reports: prepared.reportIds.length };
  });
}
