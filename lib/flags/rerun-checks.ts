import { analyzeInWorker } from "@/lib/analysis";
import { refreshArticleCounts } from "@/lib/article-counts";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { ANALYSIS_WRITE, getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { loadGlossary } from "@/lib/glossary/repository";
import { canReview } from "@/lib/permissions";
import { storeFlags } from "./store-flags";

/**
 * Runs the checks again on an article's current revision (after a glossary change, or a new version of the
 * checks): new findings are added, open flags that no longer appear are dropped unless a correction links
 * them, and dismissed or resolved flags stay as they are.
 */
export async function rerunChecks(user: CurrentUser, articleId: string) {
  if (!canReview(user)) throw new UserError("Only reviewers can re-run the checks.", 403);
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId } });
  if (!article) throw new UserError("No article with that id.", 404);
  const revision = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: article.currentRevision } } });
  const analysis = await analyzeInWorker(
    { sourceText: article.sourceText, targetText: revision.text, sourceLang: article.sourceLang, targetLang: article.targetLang },
    await loadGlossary(db, article.sourceLang, article.targetLang, article.publisherId),
  );
  return db.$transaction(async (tx) => {
    const existing = await tx.flag.findMany({ where: { revisionId: revision.id }, select: { id: true, fingerprint: true, status: true, _count: { select: { corrections: true } } } });
    const known = new Set(existing.map((flag) => flag.fingerprint));
    const found = new Set(analysis.flags.map((draft) => draft.fingerprint));
    const fresh = analysis.flags.filter((draft) => !known.has(draft.fingerprint));
    const gone = existing.filter((flag) => flag.status === "OPEN" && !found.has(flag.fingerprint) && flag._count.corrections === 0).map((flag) => flag.id);
    // The same conditions again in the delete: a correction that linked one of them meanwhile keeps it.
    const { count: dropped } = await tx.flag.deleteMany({ where: { id: { in: gone }, status: "OPEN", corrections: { none: {} } } });
    await storeFlags(tx, { articleId, revisionId: revision.id }, fresh);
    await refreshArticleCounts(tx, [articleId]);
    await audit(tx, { actorId: user.id, action: "checks.rerun", entityType: "Article", entityId: articleId, after: { revision: revision.number, added: fresh.length, dropped } });
    return { added: fresh.length, dropped };
  }, ANALYSIS_WRITE);
}
