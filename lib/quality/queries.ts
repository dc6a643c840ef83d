import { z } from "zod";
import { getDb, pageWindow, toPage, type Prisma } from "@/lib/db";

/**
 * The quality dashboard's figures, read from what is kept up to date as the data changes (lib/quality/rollup), so
 * that no query grows with the archive: per-article MQM scores from the articles' stored figures, one page in the
 * order of an index; the trend per MT engine and per publisher, the top error categories and each check's
 * precision from QualityRollup's monthly rows.
 */

export const QUALITY_PAGE_SIZE = 25;
/** Series drawn per trend chart: the busiest engines or publishers; the table below it lists the same. */
export const MAX_SERIES = 6;

export const qualityFilterSchema = z.object({
  publisher: z.string().max(64).optional().catch(undefined),
  engine: z.string().max(100).optional().catch(undefined),
  /** How many months back the trend and the figures go, counting this one. */
  months: z.coerce.number().int().min(1).max(60).catch(12).default(12),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type QualityFilter = z.output<typeof qualityFilterSchema>;

/** The first month of the window, "2026-01" for 12 months up to December 2026. */
export function firstMonth(months: number, now = new Date()): string {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  return start.toISOString().slice(0, 7);
}

/** The rollup rows of the window and filters (QualityRollup: its key leads with kind and month). */
function rollupWhere(filter: QualityFilter, kind: "article" | "category" | "check"): Prisma.QualityRollupWhereInput {
  return {
    kind,
    month: { gte: firstMonth(filter.months) },
    ...(filter.publisher ? { publisherId: filter.publisher } : {}),
    ...(filter.engine ? { engine: filter.engine } : {}),
  };
}

/** The filters' choices: every publisher, and the MT engines the figures have articles of (from the rollup's rows). */
export async function qualityFilterOptions() {
  const db = getDb();
  const [publishers, engines] = await Promise.all([
    db.publisher.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.qualityRollup.groupBy({ by: ["engine"], where: { kind: "article", engine: { not: "" }, articles: { gt: 0 } }, orderBy: { engine: "asc" } }),
  ]);
  return { publishers, engines: engines.map((row) => row.engine) };
}

export interface ArticleQuality {
  id: string;
  slug: string;
  title: string;
  engine: string | null;
  publisher: string | null;
  words: number;
  errors: number;
  penalty: number;
  /** Penalty points per 1,000 words (null without words): higher is worse. */
  score: number | null;
  reports: number;
  readers: number;
}

/**
 * One page of articles, worst score first, then most open reports, newest: in the order of the articles' index
 * on their stored figures, so a page reads its rows and no more. Their reader reports are counted for the page.
 */
export async function articleScores(filter: QualityFilter) {
  const db = getDb();
  const rows = await db.article.findMany({
    where: {
      createdAt: { gte: new Date(`${firstMonth(filter.months)}-01T00:00:00Z`) },
      ...(filter.publisher ? { publisherId: filter.publisher } : {}),
      ...(filter.engine ? { engine: filter.engine } : {}),
    },
    orderBy: [{ mqmScore: "desc" }, { openReportCount: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    ...pageWindow(filter.page, QUALITY_PAGE_SIZE),
    select: { id: true, slug: true, title: true, engine: true, wordCount: true, mqmErrors: true, mqmPenalty: true, mqmScore: true, publisher: { select: { name: true } } },
  });
  const { items, page, hasNext } = toPage(rows, filter.page, QUALITY_PAGE_SIZE);
  const reports = items.length === 0 ? [] : await db.report.groupBy({ by: ["articleId"], where: { articleId: { in: items.map((a) => a.id) } }, _count: { _all: true }, _sum: { readerCount: true } });
  const reportsOf = new Map(reports.map((row) => [row.articleId, { reports: row._count._all, readers: row._sum.readerCount ?? 0 }]));
  return {
    items: items.map((a): ArticleQuality => ({
      id: a.id, slug: a.slug, title: a.title, engine: a.engine, publisher: a.publisher?.name ?? null,
      words: a.wordCount ?? 0, errors: a.mqmErrors, penalty: a.mqmPenalty,
      score: a.wordCount ? Math.round(a.mqmScore * 10) / 10 : null,
      ...(reportsOf.get(a.id) ?? { reports: 0, readers: 0 }),
    })),
    page,
    hasNext,
  };
}

export interface TrendPoint {
  month: string;
  series: string;
  articles: number;
  words: number;
  penalty: number;
}

const NONE = "(none)";

/** Per month and per MT engine (or publisher): articles, words and penalty, for penalty per 1,000 words over time. */
export async function qualityTrend(filter: QualityFilter, by: "engine" | "publisher"): Promise<TrendPoint[]> {
  const db = getDb();
  const column = by === "engine" ? "engine" : "publisherId";
  const rows = await db.qualityRollup.groupBy({ by: ["month", column], where: rollupWhere(filter, "article"), _sum: { articles: true, words: true, penalty: true } });
  const publishers = by === "publisher" ? await db.publisher.findMany({ where: { id: { in: rows.map((row) => row.publisherId).filter(Boolean) } }, select: { id: true, name: true } }) : [];
  const names = new Map(publishers.map((p) => [p.id, p.name]));
  return rows
    .filter((row) => row._sum.articles)
    .map((row) => ({
      month: row.month,
      series: (by === "engine" ? row.engine : names.get(row.publisherId)) || NONE,
      articles: row._sum.articles ?? 0,
      words: row._sum.words ?? 0,
      penalty: row._sum.penalty ?? 0,
    }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.series.localeCompare(b.series));
}

export interface CategoryCount {
  category: string;
  errors: number;
  penalty: number;
}

/** The error categories with the most penalty points: approved corrections' categories and accepted reports. */
export async function topCategories(filter: QualityFilter, limit = 10): Promise<CategoryCount[]> {
  const rows = await getDb().qualityRollup.groupBy({
    by: ["key"],
    where: rollupWhere(filter, "category"),
    _sum: { errors: true, penalty: true },
    having: { errors: { _sum: { gt: 0 } } },
    orderBy: [{ _sum: { penalty: "desc" } }, { _sum: { errors: "desc" } }, { key: "asc" }],
    take: limit,
  });
  return rows.map((row) => ({ category: row.key, errors: row._sum.errors ?? 0, penalty: row._sum.penalty ?? 0 }));
}

export interface CheckPrecision {
  check: string;
  accepted: number;
  dismissed: number;
  /** Accepted of decided flags, 0–1; null while none is decided. */
  precision: number | null;
}

/**
 * Per check, its flags that a correction settled (accepted) and those reviewers dismissed, least precise first:
 * the checks that cry wolf head the list. Open flags are not decided yet and do not count.
 */
export async function checkPrecision(filter: QualityFilter): Promise<CheckPrecision[]> {
  const rows = await getDb().qualityRollup.groupBy({ by: ["key"], where: rollupWhere(filter, "check"), _sum: { accepted: true, dismissed: true } });
  return rows
    .map((row) => ({ check: row.key, accepted: row._sum.accepted ?? 0, dismissed: row._sum.dismissed ?? 0 }))
    .filter((row) => row.accepted + row.dismissed > 0)
    .map((row) => ({ ...row, precision: row.accepted / (row.accepted + row.dismissed) }))
    .sort((a, b) => a.precision - b.precision || b.dismissed - a.dismissed || a.check.localeCompare(b.check));
}
