import { getDb, pageWindow, toPage } from "@/lib/db";
import { alignedRevisionById } from "./aligned-revision";

/**
 * Everything the review workspace shows for one article, at its current revision. The two texts come with the
 * alignment (kept in memory for revisions used lately), not with the rows.
 */
export async function getArticleForReview(id: string) {
  const db = getDb();
  const article = await db.article.findUnique({ where: { id }, omit: { sourceText: true }, include: { publisher: true } });
  if (!article) return null;
  const revision = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: article.currentRevision } }, omit: { text: true } });
  const [aligned, flags] = await Promise.all([
    alignedRevisionById(revision.id),
    db.flag.findMany({ where: { revisionId: revision.id }, orderBy: [{ targetStart: "asc" }, { check: "asc" }] }),
  ]);
  return { article, revision: { ...revision, text: aligned.target.text }, aligned, flags };
}

/** What the public article page shows of an article (its text comes from readerView, kept per revision). */
export interface PublicArticle {
  id: string;
  slug: string;
  title: string;
  sourceUrl: string | null;
  sourceLang: string;
  /** Which revision to show. */
  currentRevision: number;
  publisher: { name: string; showChangeLog: boolean } | null;
}

type PublicArticleRow = Omit<PublicArticle, "publisher"> & { publisherName: string | null; showChangeLog: boolean | number | null };

/**
 * The public reader's page: the article, whose currentRevision says which revision to show. Read on every view, so
 * that an approval or a publisher's setting made on any instance shows at once; one statement written out, since
 * Prisma's own query (a join it plans and maps) cost ~0.4 ms of CPU per view against ~0.1 ms for this one.
 */
export async function getPublicArticle(slug: string): Promise<PublicArticle | null> {
  const [row] = await getDb().$queryRaw<PublicArticleRow[]>`
    SELECT a."id", a."slug", a."title", a."sourceUrl", a."sourceLang", a."currentRevision", p."name" AS "publisherName", p."showChangeLog"
    FROM "Article" a LEFT JOIN "Publisher" p ON p."id" = a."publisherId"
    WHERE a."slug" = ${slug}`;
  if (!row) return null;
  const { publisherName, showChangeLog, ...article } = row;
  return { ...article, currentRevision: Number(article.currentRevision), publisher: publisherName === null ? null : { name: publisherName, showChangeLog: Boolean(showChangeLog) } };
}

const PUBLIC_PAGE_SIZE = 50;

/** One page of the home page's articles, newest first (on the createdAt index). */
export async function listPublicArticles(page = 1) {
  const rows = await getDb().article.findMany({
    where: { status: { not: "ARCHIVED" } },
    select: { slug: true, title: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    ...pageWindow(page, PUBLIC_PAGE_SIZE),
  });
  return toPage(rows, page, PUBLIC_PAGE_SIZE);
}

/**
 * One article for the API: its metadata and stored counts, the original as imported, and the current
 * translation's text (the revision `currentRevision`); null for no such article.
 */
export async function getArticleWithText(id: string) {
  const db = getDb();
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true, slug: true, title: true, status: true, sourceLang: true, targetLang: true, sourceUrl: true, targetUrl: true, engine: true,
      createdAt: true, updatedAt: true, currentRevision: true, wordCount: true, openFlagCount: true, openReportCount: true, quality: true, sourceText: true,
      publisher: { select: { id: true, name: true } },
    },
  });
  if (!article) return null;
  const revision = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId: id, number: article.currentRevision } }, select: { text: true, createdAt: true } });
  const { sourceText, openFlagCount, openReportCount, ...rest } = article;
  return { ...rest, openFlags: openFlagCount, openReports: openReportCount, source: sourceText, text: revision.text, revisedAt: revision.createdAt };
}
