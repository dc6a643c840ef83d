import { z } from "zod";
import { refreshArticleCounts } from "@/lib/article-counts";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canDismissFlag } from "@/lib/permissions";
import { wellFormedString } from "@/lib/text";
import { textKey } from "@/lib/analysis";

export const dismissFlagSchema = z.object({
  flagId: z.string().min(1),
  scope: z.enum(["OCCURRENCE", "ARTICLE", "EVERYWHERE"]),
  reason: wellFormedString().trim().max(500).optional(),
});

/**
 * A reviewer says a flag is wrong: for this occurrence, for this article, or for this string everywhere.
 * The dismissal is stored by check and text (not by flag id), so it holds when the checks run again.
 */
export async function dismissFlag(user: CurrentUser, input: z.input<typeof dismissFlagSchema>) {
  if (!canDismissFlag(user)) throw new UserError("Only reviewers can dismiss flags.", 403);
  const { flagId, scope, reason } = dismissFlagSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const flag = await tx.flag.findUnique({ where: { id: flagId } });
    if (!flag) throw new UserError("That flag no longer exists; reload the page.", 404);
    if (flag.status !== "OPEN") throw new UserError("That flag is already dismissed or resolved.", 409);
    const key = textKey(flag.targetText);
    const dismissal = await tx.dismissal.create({
      data: {
        check: flag.check,
        scope,
        articleId: scope === "EVERYWHERE" ? null : flag.articleId,
        matchKey: scope === "OCCURRENCE" ? flag.fingerprint : key,
        reason: reason || null,
        userId: user.id,
      },
    });
    const candidates = await tx.flag.findMany({
      where: { check: flag.check, status: "OPEN", ...(scope === "EVERYWHERE" ? {} : { articleId: flag.articleId }), ...(scope === "OCCURRENCE" ? { fingerprint: flag.fingerprint } : {}) },
      select: { id: true, articleId: true, targetText: true },
    });
    const matching = candidates.filter((c) => scope === "OCCURRENCE" || textKey(c.targetText) === key);
    const ids = matching.map((c) => c.id);
    // Still OPEN when written: a flag another reviewer dismissed, or an approval resolved, meanwhile is left
    // as it is (on PostgreSQL both transactions may have read it open).
    const { count } = await tx.flag.updateMany({ where: { id: { in: ids }, status: "OPEN" }, data: { status: "DISMISSED", dismissalId: dismissal.id } });
    if (count === 0) throw new UserError("That flag is already dismissed or resolved.", 409);
    await refreshArticleCounts(tx, matching.map((c) => c.articleId));
    await audit(tx, { actorId: user.id, action: "flag.dismissed", entityType: "Flag", entityId: flag.id, before: { status: "OPEN" }, after: { status: "DISMISSED", scope, check: flag.check, text: flag.targetText, flags: count } });
    return { dismissed: count };
  });
}
