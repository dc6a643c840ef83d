import type { Db, Tx } from "@/lib/db";
import { addToRollup, recountQuality, type RollupDelta } from "@/lib/quality/rollup";
import { countWords } from "@/lib/text";
import { qualityScore, SEVERITY_PENALTY } from "./score";

/** Reports still waiting for a correction. */
export const OPEN_REPORT_STATUSES = ["NEW", "ACCEPTED"] as const;

/** What an article stores about its current revision's text, set wherever that text is written. */
export function textCounts(title: string, text: string) {
  return { titleKey: titleKey(title), wordCount: countWords(text) };
}

/** What titles are compared and sorted by, case-insensitively. */
export function titleKey(title: string) {
  return title.toLowerCase();
}

/** The stored counts recomputed from the rows: open flags and their penalty, open reports, quality. */
export async function recountArticle(db: Tx | Db, articleId: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { currentRevision: true, wordCount: true } });
  const [flags, openReportCount] = await Promise.all([
    db.flag.groupBy({ by: ["severity"], where: { articleId, status: "OPEN", revision: { number: article.currentRevision } }, _count: { _all: true } }),
    db.report.count({ where: { articleId, status: { in: [...OPEN_REPORT_STATUSES] } } }),
  ]);
  const openFlagCount = flags.reduce((sum, row) => sum + row._count._all, 0);
  const flagPenalty = flags.reduce((sum, row) => sum + row._count._all * (SEVERITY_PENALTY[row.severity] ?? 1), 0);
  return { openFlagCount, flagPenalty, openReportCount, quality: qualityScore({ penalty: flagPenalty, words: article.wordCount ?? 0 }) };
}

/**
 * Brings the stored counts of these articles up to date, inside the transaction that changed their flags,
 * reports, corrections or text: the review dashboard's counts, and the quality dashboard's figures with their
 * rollup (lib/quality/rollup). Each article's row is locked before it is recounted: on PostgreSQL a concurrent
 * writer's recount then waits for this commit and sees its rows (each statement reads what is committed when it
 * starts), and two recounts never correct the rollup from the same old tally.
 */
export async function refreshArticleCounts(tx: Tx, articleIds: Iterable<string>) {
  const rollup: RollupDelta[] = [];
  for (const articleId of [...new Set(articleIds)].sort()) {
    await tx.article.updateMany({ where: { id: articleId }, data: { openFlagCount: { increment: 0 } } });
    const counts = await recountArticle(tx, articleId);
    const quality = await recountQuality(tx, articleId);
    await tx.article.update({ where: { id: articleId }, data: { ...counts, ...quality.figures } });
    rollup.push(...quality.deltas);
  }
  // Once for all the articles, after their rows are locked: rollup rows are locked in one order by every writer.
  await addToRollup(tx, rollup);
}

/**
 * A new open report: one more on the article's count, in the transaction that stores it. An increment, not a
 * recount: counting every open report of a much-reported article on each new one made reports slow down as they
 * came in (POST /api/reports at 300/s fell to ~100/s on one article).
 */
export async function countNewOpenReport(tx: Tx, articleId: string) {
  // Raw: one statement on every report, at a fraction of the request thread's time Prisma's updateMany takes.
  await tx.$executeRaw`UPDATE "Article" SET "openReportCount" = "openReportCount" + 1, "updatedAt" = ${new Date()} WHERE "id" = ${articleId}`;
}

/**
 * Counts the articles stored before the counts were (a null word count: their title key and words too) or before
 * the quality figures were (a null tally). Batches of 100, so a large archive is done in steps; a no-op query when
 * nothing is left.
 */
export async function backfillStoredCounts(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await db.article.findMany({ where: { OR: [{ wordCount: null }, { qualityTally: null }] }, select: { id: true, title: true, currentRevision: true, wordCount: true }, take: 100 });
    if (batch.length === 0) return done;
    for (const article of batch) {
      const revision = article.wordCount === null
        ? await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: article.currentRevision } }, select: { text: true } })
        : null;
      await db.$transaction(async (tx) => {
        if (revision) await tx.article.update({ where: { id: article.id }, data: textCounts(article.title, revision.text) });
        await refreshArticleCounts(tx, [article.id]);
      });
    }
    done += batch.length;
  }
}
