import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canCorrect } from "@/lib/permissions";
import { correctionIdSchema } from "./schemas";
import { moveCorrection } from "./transition";

/** The reviewer who proposed a correction takes it back (before it is approved or rejected). */
export async function withdrawCorrection(user: CurrentUser, input: z.input<typeof correctionIdSchema>) {
  if (!canCorrect(user)) throw new UserError("Only reviewers can withdraw corrections.", 403);
  const { correctionId } = correctionIdSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const correction = await tx.correction.findUnique({ where: { id: correctionId }, select: { authorId: true } });
    if (!correction) throw new UserError("No correction with that id.", 404);
    if (correction.authorId !== user.id) throw new UserError("Only the reviewer who proposed a correction can withdraw it.", 403);
    await moveCorrection(tx, { correctionId, actorId: user.id, from: ["PENDING", "CHANGES_REQUESTED", "CONFLICT"], to: "WITHDRAWN", action: "correction.withdrawn" });
  });
}
