import { z } from "zod";
import { getDb, pageWindow, toPage, type Prisma } from "@/lib/db";

export const DASHBOARD_PAGE_SIZE = 50;

export const dashboardFilterSchema = z.object({
  status: z.enum(["NEW", "IN_REVIEW", "REVIEWED", "ARCHIVED"]).optional().catch(undefined),
  /** "ru-en" */
  pair: z.string().regex(/^[a-z]{2,3}-[a-z]{2,3}$/).optional().catch(undefined),
  publisher: z.string().max(64).optional().catch(undefined),
  engine: z.string().max(100).optional().catch(undefined),
  // Read from a query string; the meta says so in the API's OpenAPI document (a coerced date has no JSON type).
  from: z.coerce.date().optional().catch(undefined).meta({ type: "string", format: "date", description: "Created on or after this day (YYYY-MM-DD)" }),
  to: z.coerce.date().optional().catch(undefined).meta({ type: "string", format: "date", description: "Created on or before this day (YYYY-MM-DD)" }),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type DashboardFilter = z.output<typeof dashboardFilterSchema>;

/**
 * The dashboard's order, on the counts each article stores (lib/article-counts) and matched by an index: what
 * readers reported first (they saw it), then the most open flags, then the lowest quality; newest among equals.
 */
const DASHBOARD_ORDER: Prisma.ArticleOrderByWithRelationInput[] = [
  { openReportCount: "desc" },
  { openFlagCount: "desc" },
  { quality: "asc" },
  { createdAt: "desc" },
  { id: "asc" },
];

function dashboardWhere(filter: DashboardFilter): Prisma.ArticleWhereInput {
  const [sourceLang, targetLang] = filter.pair?.split("-") ?? [];
  const to = filter.to ? new Date(filter.to.getTime() + 86_400_000) : undefined;
  return {
    // Archived articles show only when asked for.
    status: filter.status ?? { not: "ARCHIVED" },
    ...(filter.pair ? { sourceLang, targetLang } : {}),
    ...(filter.publisher ? { publisherId: filter.publisher } : {}),
    ...(filter.engine ? { engine: filter.engine } : {}),
    ...(filter.from || to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(to ? { lt: to } : {}) } } : {}),
    // The stored lower-case title: case-insensitive on SQLite and PostgreSQL alike.
    ...(filter.q ? { titleKey: { contains: filter.q.toLowerCase() } } : {}),
  };
}

/**
 * One page of the articles matching the filters, in the dashboard's order, with their stored counts: one query
 * of page size, whatever the size of the archive, and one for the page's pending corrections.
 */
export async function dashboardArticles(filter: DashboardFilter) {
  const db = getDb();
  const page = Math.max(1, filter.page ?? 1);
  const rows = await db.article.findMany({
    where: dashboardWhere(filter),
    orderBy: DASHBOARD_ORDER,
    ...pageWindow(page, DASHBOARD_PAGE_SIZE),
    select: {
      id: true, slug: true, title: true, status: true, engine: true, sourceLang: true, targetLang: true, createdAt: true, currentRevision: true,
      openReportCount: true, openFlagCount: true, quality: true, publisher: { select: { name: true } },
    },
  });
  const { items: articles, hasNext } = toPage(rows, page, DASHBOARD_PAGE_SIZE);
  const pending = articles.length === 0 ? [] : await db.correction.groupBy({
    by: ["articleId"],
    where: { articleId: { in: articles.map((a) => a.id) }, status: "PENDING" },
    _count: { _all: true },
  });
  const pendingOf = new Map(pending.map((row) => [row.articleId, row._count._all]));
  return {
    articles: articles.map(({ openReportCount, openFlagCount, ...article }) => ({ ...article, openReports: openReportCount, openFlags: openFlagCount, pendingCorrections: pendingOf.get(article.id) ?? 0 })),
    page,
    hasNext,
  };
}

/** The values the filters offer: publishers, engines and language pairs that exist (grouped on their indexes). */
export async function dashboardFilterOptions() {
  const db = getDb();
  const [publishers, engines, pairs] = await Promise.all([
    db.publisher.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.article.groupBy({ by: ["engine"], where: { engine: { not: null } }, orderBy: { engine: "asc" } }),
    db.article.groupBy({ by: ["sourceLang", "targetLang"], orderBy: [{ sourceLang: "asc" }, { targetLang: "asc" }] }),
  ]);
  return { publishers, engines: engines.map((e) => e.engine!), pairs: pairs.map((p) => `${p.sourceLang}-${p.targetLang}`) };
}
