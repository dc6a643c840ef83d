import { z } from "zod";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canDecide } from "@/lib/permissions";
import { wellFormedString } from "@/lib/text";
import { moveCorrection } from "./transition";

export const requestChangesSchema = z.object({
  correctionId: z.string().min(1).max(64),
  comment: wellFormedString().trim().min(3, "Say what should change").max(1000),
});

/** An editor sends a pending correction back to its reviewer with a comment. */
export async function requestChanges(user: CurrentUser, input: z.input<typeof requestChangesSchema>) {
  if (!canDecide(user)) throw new UserError("Only editors can request changes.", 403);
  const { correctionId, comment } = requestChangesSchema.parse(input);
  await getDb().$transaction((tx) =>
    moveCorrection(tx, { correctionId, actorId: user.id, from: ["PENDING"], to: "CHANGES_REQUESTED", action: "correction.changes_requested", data: { decisionNote: comment, decidedById: user.id, decidedAt: new Date() }, details: { comment } }),
  );
}
