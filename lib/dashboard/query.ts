import { z } from "zod";
import { getDb, type Prisma } from "@/lib/db";
import { countWords, qualityScore, rankArticles, SEVERITY_PENALTY } from "./rank";

export const dashboardFilterSchema = z.object({
  status: z.enum(["NEW", "IN_REVIEW", "REVIEWED", "ARCHIVED"]).optional().catch(undefined),
  /** "ru-en" */
  pair: z.string().regex(/^[a-z]{2,3}-[a-z]{2,3}$/).optional().catch(undefined),
  publisher: z.string().max(64).optional().catch(undefined),
  engine: z.string().max(100).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});

export type DashboardFilter = z.output<typeof dashboardFilterSchema>;

const OPEN_REPORT = ["NEW", "ACCEPTED"] as const;

/** Articles matching the filters, with their open flags, open reports and quality, in the dashboard's order. */
export async function dashboardArticles(filter: DashboardFilter) {
  const db = getDb();
  const [sourceLang, targetLang] = filter.pair?.split("-") ?? [];
  const where: Prisma.ArticleWhereInput = {
    // Archived articles show only when asked for.
    status: filter.status ?? { not: "ARCHIVED" },
    ...(filter.pair ? { sourceLang, targetLang } : {}),
    ...(filter.publisher ? { publisherId: filter.publisher } : {}),
    ...(filter.engine ? { engine: filter.engine } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: new Date(filter.to.getTime() + 86_400_000) } : {}) } } : {}),
  };
  const query = filter.q?.toLowerCase();
  // Title search runs here rather than in SQL: SQLite and PostgreSQL disagree on case-insensitive LIKE.
  const articles = (await db.article.findMany({
    where,
    select: { id: true, title: true, status: true, engine: true, sourceLang: true, targetLang: true, createdAt: true, currentRevision: true, publisher: { select: { name: true } } },
  })).filter((article) => !query || article.title.toLowerCase().includes(query));
  if (articles.length === 0) return [];
  const ids = articles.map((a) => a.id);
  const [revisions, reports, pending] = await Promise.all([
    db.revision.findMany({ where: { OR: articles.map((a) => ({ articleId: a.id, number: a.currentRevision })) }, select: { id: true, articleId: true, text: true } }),
    db.report.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, status: { in: [...OPEN_REPORT] } }, _count: { _all: true } }),
    db.correction.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, status: "PENDING" }, _count: { _all: true } }),
  ]);
  const flags = await db.flag.groupBy({ by: ["revisionId", "severity"], where: { revisionId: { in: revisions.map((r) => r.id) }, status: "OPEN" }, _count: { _all: true } });
  const revisionOf = new Map(revisions.map((r) => [r.articleId, r]));
  const count = <K extends string>(rows: ({ _count: { _all: number } } & Record<K, string>)[], key: K) => new Map(rows.map((row) => [row[key], row._count._all]));
  const reportCount = count(reports, "articleId");
  const pendingCount = count(pending, "articleId");
  return rankArticles(
    articles.map((article) => {
      const revision = revisionOf.get(article.id);
      const own = flags.filter((f) => f.revisionId === revision?.id);
      const signals = {
        openReports: reportCount.get(article.id) ?? 0,
        openFlags: own.reduce((sum, f) => sum + f._count._all, 0),
        penalty: own.reduce((sum, f) => sum + f._count._all * (SEVERITY_PENALTY[f.severity] ?? 1), 0),
        words: revision ? countWords(revision.text) : 0,
      };
      return { ...article, ...signals, quality: qualityScore(signals), pendingCorrections: pendingCount.get(article.id) ?? 0 };
    }),
  );
}

/** The values the filters offer: publishers, engines and language pairs that exist. */
export async function dashboardFilterOptions() {
  const db = getDb();
  const [publishers, engines, pairs] = await Promise.all([
    db.publisher.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.article.findMany({ where: { engine: { not: null } }, distinct: ["engine"], select: { engine: true }, orderBy: { engine: "asc" } }),
    db.article.findMany({ distinct: ["sourceLang", "targetLang"], select: { sourceLang: true, targetLang: true } }),
  ]);
  return { publishers, engines: engines.map((e) => e.engine!), pairs: pairs.map((p) => `${p.sourceLang}-${p.targetLang}`) };
}
