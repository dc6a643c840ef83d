import { OPEN_REPORT_STATUSES } from "@/lib/article-counts";
import { z } from "zod";
import { getDb, pageNumberSchema, pageWindow, Prisma, toPage, type ReportStatus } from "@/lib/db";
import { locateSelection } from "./locate-selection";

export const REPORT_STATUSES: readonly ReportStatus[] = ["NEW", "ACCEPTED", "REJECTED", "DUPLICATE", "SPAM", "RESOLVED"];
/** Reports still waiting for a correction: shown on the review workspace. */
export { OPEN_REPORT_STATUSES };

export const INBOX_PAGE_SIZE = 50;
/** Most readers first, then newest: the order of the [status, readerCount, createdAt, id] index. */
const INBOX_ORDER = [{ readerCount: "desc" }, { createdAt: "desc" }, { id: "asc" }] satisfies Prisma.ReportOrderByWithRelationInput[];

const reportFields = {
  id: true,
  status: true,
  revision: true,
  selection: true,
  start: true,
  end: true,
  contextBefore: true,
  contextAfter: true,
  suggestion: true,
  comment: true,
  readerCount: true,
  createdAt: true,
  email: true,
  readers: { select: { comment: true, email: true }, orderBy: { createdAt: "asc" } },
} as const;

/** Counts stop here: the status tabs say "1,000+" rather than count every report ever stored. */
export const REPORT_COUNT_CAP = 1000;

/**
 * How many reports have each status, across articles or for one, up to REPORT_COUNT_CAP + 1: each count reads at
 * most that many entries of an index ([status, …] or [articleId, status]), however many reports there are. One
 * statement: six counts through the client cost more than the reading. The statuses are written into it as
 * literals (a fixed list), since PostgreSQL compares its enum column with a text parameter only through a cast.
 */
export async function reportCounts(articleId?: string): Promise<Record<ReportStatus, number>> {
  const ofArticle = articleId ? Prisma.sql`AND "articleId" = ${articleId}` : Prisma.empty;
  const counts = REPORT_STATUSES.map((status) => {
    const literal = Prisma.raw(`'${status}'`);
    return Prisma.sql`SELECT ${literal} AS status, (SELECT COUNT(*) FROM (SELECT 1 FROM "Report" WHERE "status" = ${literal} ${ofArticle} LIMIT ${REPORT_COUNT_CAP + 1}) AS capped) AS n`;
  });
  const rows = await getDb().$queryRaw<{ status: ReportStatus; n: number | bigint }[]>(Prisma.join(counts, " UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)])) as Record<ReportStatus, number>;
}

/**
 * One page of the inbox: the passages most readers reported first, then the newest. A page reads its rows on the
 * status index in that order, and one more to know whether a next page exists, instead of counting the status.
 */
export async function listReports(filter: { status: ReportStatus; articleId?: string; page?: number }) {
  const page = Math.max(1, filter.page ?? 1);
  const rows = await getDb().report.findMany({
    where: { status: filter.status, ...(filter.articleId ? { articleId: filter.articleId } : {}) },
    orderBy: INBOX_ORDER,
    ...pageWindow(page, INBOX_PAGE_SIZE),
    select: { ...reportFields, article: { select: { id: true, title: true, slug: true } } },
  });
  const { items, hasNext } = toPage(rows, page, INBOX_PAGE_SIZE);
  return { reports: items.map(toReportView), page, hasNext };
}

/**
 * An article's open reports placed on a revision's text: at their stored offsets when they were made on it,
 * otherwise found again by selection and context (null when the passage is gone from this revision).
 */
export async function openReportsOn(articleId: string, revision: { number: number; text: string }) {
  const rows = await getDb().report.findMany({
    where: { articleId, status: { in: [...OPEN_REPORT_STATUSES] } },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
    select: reportFields,
  });
  return rows.map((row) => {
    const placed = row.revision === revision.number ? { found: true as const, start: row.start, end: row.end } : locateSelection(revision.text, row);
    return { ...toReportView(row), at: placed.found ? { start: placed.start, end: placed.end } : null };
  });
}

type ReportRow = { email: string | null; readers: { comment: string | null; email: string | null }[]; comment: string | null };

/** What reviewers see of a report: the readers' comments and whether anyone waits for word, not their addresses. */
function toReportView<T extends ReportRow>(row: T) {
  const { email, readers, ...rest } = row;
  return {
    ...rest,
    comments: [row.comment, ...readers.map((r) => r.comment)].filter((c): c is string => !!c),
    emailsWaiting: [email, ...readers.map((r) => r.email)].filter(Boolean).length,
  };
}

export type PlacedReport = Awaited<ReturnType<typeof openReportsOn>>[number];

export const reportFilterSchema = z.object({
  status: z.enum(["NEW", "ACCEPTED", "REJECTED", "DUPLICATE", "SPAM", "RESOLVED"]).default("NEW"),
  article: z.string().min(1).max(64).optional().describe("An article id"),
  page: pageNumberSchema.optional(),
});

/** One report as reviewers see it (no readers' addresses), with its article; null for no such report. */
export async function getReport(id: string) {
  const row = await getDb().report.findUnique({ where: { id }, select: { ...reportFields, article: { select: { id: true, title: true, slug: true } } } });
  return row && toReportView(row);
}
