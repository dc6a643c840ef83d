import { z } from "zod";
import { analyzeInWorker } from "@/lib/analysis";
import { refreshArticleCounts } from "@/lib/article-counts";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { ANALYSIS_WRITE, getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { loadGlossary } from "@/lib/glossary/repository";
import { canRevert } from "@/lib/permissions";
import { recordRevision } from "./record-revision";

export const revertSchema = z.object({
  articleId: z.string().min(1).max(64),
  /** The revision whose text comes back. */
  number: z.number().int().positive(),
  /** The revision the editor was looking at: if another landed since, the revert is refused (409). */
  expectedCurrent: z.number().int().positive(),
});

/** An editor brings back an earlier revision's text as a new revision; nothing is deleted. */
export async function revertToRevision(user: CurrentUser, input: z.input<typeof revertSchema>) {
  if (!canRevert(user)) throw new UserError("Only editors can revert an article.", 403);
  const { articleId, number, expectedCurrent } = revertSchema.parse(input);
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId } });
  if (!article) throw new UserError("No article with that id.", 404);
  if (number >= article.currentRevision) throw new UserError("Pick an earlier revision to revert to.", 422);
  const old = await db.revision.findUnique({ where: { articleId_number: { articleId, number } }, select: { text: true } });
  if (!old) throw new UserError(`This article has no revision ${number}.`, 404);
  const glossary = await loadGlossary(db, article.sourceLang, article.targetLang, article.publisherId);
  const analysis = await analyzeInWorker({ sourceText: article.sourceText, targetText: old.text, sourceLang: article.sourceLang, targetLang: article.targetLang }, glossary);
  return db.$transaction(async (tx) => {
    const revision = await recordRevision(tx, { articleId, expectedCurrent, text: old.text, origin: "revert", authorId: user.id, approverId: user.id, revertedTo: number }, analysis);
    await refreshArticleCounts(tx, [articleId]);
    await audit(tx, { actorId: user.id, action: "article.reverted", entityType: "Article", entityId: articleId, before: { revision: expectedCurrent }, after: { revision: revision.number, revertedTo: number } });
    return { revision: revision.number };
  }, ANALYSIS_WRITE);
}
