import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canArchive, canReview } from "@/lib/permissions";

export const articleStatusSchema = z.object({
  articleId: z.string().min(1).max(64),
  status: z.enum(["NEW", "IN_REVIEW", "REVIEWED", "ARCHIVED"]),
});

/**
 * Where an article stands in the review: new, in review, reviewed. Archiving (taking it off the public list
 * and the default dashboard; its page stays readable) and bringing it back are an editor's call.
 */
export async function setArticleStatus(user: CurrentUser, input: z.input<typeof articleStatusSchema>) {
  const { articleId, status } = articleStatusSchema.parse(input);
  if (!canReview(user)) throw new UserError("Only reviewers can change an article's status.", 403);
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { status: true } });
    if (!article) throw new UserError("No article with that id.", 404);
    if ((status === "ARCHIVED" || article.status === "ARCHIVED") && !canArchive(user)) {
      throw new UserError("Only editors can archive an article or bring it back.", 403);
    }
    if (article.status === status) return { status };
    await tx.article.update({ where: { id: articleId }, data: { status } });
    await audit(tx, { actorId: user.id, action: "article.status-changed", entityType: "Article", entityId: articleId, before: { status: article.status }, after: { status } });
    return { status };
  });
}
