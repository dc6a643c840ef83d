import { z } from "zod";
import { databaseProvider, databaseUrl, getDb, Prisma } from "@/lib/db";
import { MQM_PENALTY, REPORT_CATEGORY, REPORT_SEVERITY } from "./mqm";

/**
 * The quality dashboard's figures, each one SQL aggregate over the archive (no per-article work in JS): per-article
 * MQM scores, the trend per MT engine and per publisher, the top error categories, and each check's precision.
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

const penaltyOf = (column: Prisma.Sql) =>
  Prisma.sql`CASE ${column} WHEN 'critical' THEN ${Prisma.raw(String(MQM_PENALTY.critical))} WHEN 'major' THEN ${Prisma.raw(String(MQM_PENALTY.major))} ELSE ${Prisma.raw(String(MQM_PENALTY.minor))} END`;
const REPORT_PENALTY = Prisma.raw(String(MQM_PENALTY[REPORT_SEVERITY]));
// A literal, not a parameter: PostgreSQL cannot type a bare parameter in a UNION. The constant has no quotes.
const REPORT_CATEGORY_LITERAL = Prisma.raw(`'${REPORT_CATEGORY}'`);

/** "2026-12" from a timestamp column: SQLite stores ISO text, PostgreSQL a timestamp. */
function monthOf(column: Prisma.Sql): Prisma.Sql {
  return databaseProvider(databaseUrl()) === "postgresql" ? Prisma.sql`to_char(${column}, 'YYYY-MM')` : Prisma.sql`substr(${column}, 1, 7)`;
}

/** The first month of the window, "2026-01" for 12 months up to December 2026. */
export function firstMonth(months: number, now = new Date()): string {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  return start.toISOString().slice(0, 7);
}

/** The articles the figures cover, as a WHERE clause on "Article" a. */
function articleWhere(filter: QualityFilter): Prisma.Sql {
  const conditions = [Prisma.sql`${monthOf(Prisma.sql`a."createdAt"`)} >= ${firstMonth(filter.months)}`];
  if (filter.publisher) conditions.push(Prisma.sql`a."publisherId" = ${filter.publisher}`);
  if (filter.engine) conditions.push(Prisma.sql`a."engine" = ${filter.engine}`);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** Confirmed errors and their penalty per article, and its reader reports, as CTEs `c` and `r`. */
const PER_ARTICLE = Prisma.sql`
  c AS (SELECT "articleId", COUNT(*) AS errors, SUM(${penaltyOf(Prisma.sql`severity`)}) AS penalty
        FROM "Correction" WHERE status = 'APPROVED' GROUP BY "articleId"),
  r AS (SELECT "articleId", COUNT(*) AS reports, SUM("readerCount") AS readers,
               SUM(CASE WHEN status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted
        FROM "Report" GROUP BY "articleId")`;
const ERRORS = Prisma.sql`(COALESCE(c.errors, 0) + COALESCE(r.accepted, 0))`;
const PENALTY = Prisma.sql`(COALESCE(c.penalty, 0) + ${REPORT_PENALTY} * COALESCE(r.accepted, 0))`;
const int = (expression: Prisma.Sql) => Prisma.sql`CAST(${expression} AS INTEGER)`;

/** Rows of a raw query with their integers as numbers: SQLite's driver gives BigInts, PostgreSQL's int4 numbers. */
async function query<T>(sql: Prisma.Sql): Promise<T[]> {
  const rows = await getDb().$queryRaw<Record<string, unknown>[]>(sql);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value])) as T);
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

/** One page of articles, worst score first (then most reports, newest). */
export async function articleScores(filter: QualityFilter) {
  const rows = await query<ArticleQuality>(Prisma.sql`
    WITH ${PER_ARTICLE}
    SELECT a.id, a.slug, a.title, a.engine, p.name AS publisher, ${int(Prisma.sql`COALESCE(a."wordCount", 0)`)} AS words,
           ${int(ERRORS)} AS errors, ${int(PENALTY)} AS penalty,
           CAST(${PENALTY} * 1000.0 / NULLIF(a."wordCount", 0) AS DOUBLE PRECISION) AS score,
           ${int(Prisma.sql`COALESCE(r.reports, 0)`)} AS reports, ${int(Prisma.sql`COALESCE(r.readers, 0)`)} AS readers
    FROM "Article" a
    LEFT JOIN c ON c."articleId" = a.id
    LEFT JOIN r ON r."articleId" = a.id
    LEFT JOIN "Publisher" p ON p.id = a."publisherId"
    ${articleWhere(filter)}
    ORDER BY score DESC NULLS LAST, reports DESC, a."createdAt" DESC, a.id
    LIMIT ${QUALITY_PAGE_SIZE + 1} OFFSET ${(filter.page - 1) * QUALITY_PAGE_SIZE}`);
  const items = rows.slice(0, QUALITY_PAGE_SIZE).map((row) => ({ ...row, score: row.score === null ? null : Math.round(Number(row.score) * 10) / 10 }));
  return { items, page: filter.page, hasNext: rows.length > QUALITY_PAGE_SIZE };
}

export interface TrendPoint {
  month: string;
  series: string;
  articles: number;
  words: number;
  penalty: number;
}

/** Per month and per MT engine (or publisher): articles, words and penalty, for penalty per 1,000 words over time. */
export async function qualityTrend(filter: QualityFilter, by: "engine" | "publisher"): Promise<TrendPoint[]> {
  const series = by === "engine" ? Prisma.sql`COALESCE(a.engine, '(none)')` : Prisma.sql`COALESCE(p.name, '(none)')`;
  const month = monthOf(Prisma.sql`a."createdAt"`);
  return query<TrendPoint>(Prisma.sql`
    WITH ${PER_ARTICLE}
    SELECT ${month} AS month, ${series} AS series, ${int(Prisma.sql`COUNT(*)`)} AS articles,
           ${int(Prisma.sql`SUM(COALESCE(a."wordCount", 0))`)} AS words, ${int(Prisma.sql`SUM(${PENALTY})`)} AS penalty
    FROM "Article" a
    LEFT JOIN c ON c."articleId" = a.id
    LEFT JOIN r ON r."articleId" = a.id
    LEFT JOIN "Publisher" p ON p.id = a."publisherId"
    ${articleWhere(filter)}
    GROUP BY ${month}, ${series}
    ORDER BY month, series`);
}

export interface CategoryCount {
  category: string;
  errors: number;
  penalty: number;
}

/** The error categories with the most penalty points: approved corrections' categories and accepted reports. */
export async function topCategories(filter: QualityFilter, limit = 10): Promise<CategoryCount[]> {
  return query<CategoryCount>(Prisma.sql`
    SELECT e.category AS category, ${int(Prisma.sql`COUNT(*)`)} AS errors, ${int(Prisma.sql`SUM(e.penalty)`)} AS penalty
    FROM (
      SELECT x.category AS category, ${penaltyOf(Prisma.sql`x.severity`)} AS penalty, x."articleId" AS "articleId"
      FROM "Correction" x WHERE x.status = 'APPROVED'
      UNION ALL
      SELECT ${REPORT_CATEGORY_LITERAL} AS category, ${REPORT_PENALTY} AS penalty, y."articleId" AS "articleId"
      FROM "Report" y WHERE y.status = 'ACCEPTED'
    ) e
    JOIN "Article" a ON a.id = e."articleId"
    ${articleWhere(filter)}
    GROUP BY e.category
    ORDER BY penalty DESC, errors DESC, category
    LIMIT ${limit}`);
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
  const rows = await query<Omit<CheckPrecision, "precision">>(Prisma.sql`
    SELECT f."check" AS "check",
           ${int(Prisma.sql`SUM(CASE WHEN f.status = 'RESOLVED' THEN 1 ELSE 0 END)`)} AS accepted,
           ${int(Prisma.sql`SUM(CASE WHEN f.status = 'DISMISSED' THEN 1 ELSE 0 END)`)} AS dismissed
    FROM "Flag" f
    JOIN "Article" a ON a.id = f."articleId"
    ${articleWhere(filter)} AND f.status IN ('RESOLVED', 'DISMISSED')
    GROUP BY f."check"`);
  return rows
    .map((row) => ({ ...row, precision: row.accepted + row.dismissed ? row.accepted / (row.accepted + row.dismissed) : null }))
    .sort((a, b) => (a.precision ?? 1) - (b.precision ?? 1) || b.dismissed - a.dismissed || a.check.localeCompare(b.check));
}
