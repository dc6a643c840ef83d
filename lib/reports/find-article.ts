import { getDb, type Db, type Tx } from "@/lib/db";

const articleSelect = {
  id: true,
  slug: true,
  title: true,
  targetUrl: true,
  currentRevision: true,
  publisher: { select: { id: true, name: true, allowedOrigins: true, reportLimits: true } },
} as const;

/**
 * The article a reader means: by id, by slug, or by page address — the publisher's own (its translation URL,
 * as the widget sends it) or Errata's public page (/articles/SLUG).
 */
export async function findArticle(key: string, db: Db | Tx = getDb()) {
  const url = parseHttpUrl(key);
  if (!url) return db.article.findFirst({ where: { OR: [{ slug: key }, { id: key }] }, select: articleSelect });
  const byUrl = await db.article.findFirst({ where: { targetUrl: { in: urlVariants(url) } }, select: articleSelect });
  if (byUrl) return byUrl;
  const slug = /^\/articles\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  return slug ? db.article.findUnique({ where: { slug: decodeURIComponent(slug) }, select: articleSelect }) : null;
}

export type ReportableArticle = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

/** The text of an article's current revision. */
export async function currentText(article: { id: string; currentRevision: number }, db: Db | Tx = getDb()): Promise<string> {
  const revision = await db.revision.findUniqueOrThrow({
    where: { articleId_number: { articleId: article.id, number: article.currentRevision } },
    select: { text: true },
  });
  return revision.text;
}

function parseHttpUrl(value: string): URL | null {
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The same page written with and without its query, fragment and trailing slash. */
function urlVariants(url: URL): string[] {
  const bare = `${url.origin}${url.pathname}`;
  const other = bare.endsWith("/") ? bare.slice(0, -1) : `${bare}/`;
  return [...new Set([url.href, `${bare}${url.search}`, bare, other])];
}
