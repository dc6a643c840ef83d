import { z } from "zod";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canDecide } from "@/lib/permissions";
import { wellFormedString } from "@/lib/text";
import { moveCorrection } from "./transition";

export const rejectCorrectionSchema = z.object({
  correctionId: z.string().min(1).max(64),
  reason: wellFormedString().trim().min(3, "Say why the correction is rejected").max(1000),
});

/** An editor rejects a pending correction; the reviewer sees the reason. */
export async function rejectCorrection(user: CurrentUser, input: z.input<typeof rejectCorrectionSchema>) {
  if (!canDecide(user)) throw new UserError("Only editors can reject corrections.", 403);
  const { correctionId, reason } = rejectCorrectionSchema.parse(input);
  await getDb().$transaction((tx) =>
    moveCorrection(tx, { correctionId, actorId: user.id, from: ["PENDING"], to: "REJECTED", action: "correction.rejected", data: { decisionNote: reason, decidedById: user.id, decidedAt: new Date() }, details: { reason } }),
  );
}
