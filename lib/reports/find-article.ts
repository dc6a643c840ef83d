import { getDb } from "@/lib/db";
import { RevisionCache } from "@/lib/revisions/revision-cache";

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
async function findArticle(key: string) {
  const db = getDb();
  const url = parseHttpUrl(key);
  if (!url) return db.article.findFirst({ where: { OR: [{ slug: key }, { id: key }] }, select: articleSelect });
  const byUrl = await db.article.findFirst({ where: { targetUrl: { in: urlVariants(url) } }, select: articleSelect });
  if (byUrl) return byUrl;
  const slug = /^\/articles\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  return slug ? db.article.findUnique({ where: { slug: decodeURIComponent(slug) }, select: articleSelect }) : null;
}

export type ReportableArticle = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

const ARTICLE_TTL_MS = 2000;
const MAX_CACHED = 500;
const recentArticles = new Map<string, { article: ReportableArticle | null; at: number }>();
// Revisions never change, so their text can be kept; only the latest per article is asked for.
const revisionTexts = new RevisionCache<string>(8_000_000, (text) => text.length);

/**
 * findArticle, remembered for two seconds: reports come in bursts, and a publisher's changed settings or a new
 * revision may take that long to show (a report made on the previous revision is placed again when shown).
 */
export async function findArticleForReport(key: string): Promise<ReportableArticle | null> {
  const hit = recentArticles.get(key);
  if (hit && Date.now() - hit.at < ARTICLE_TTL_MS) return hit.article;
  const article = await findArticle(key);
  if (recentArticles.size >= MAX_CACHED) recentArticles.clear();
  recentArticles.set(key, { article, at: Date.now() });
  return article;
}

/** The text of an article's current revision. */
export function currentText(article: { id: string; currentRevision: number }): Promise<string> {
  return revisionTexts.get(article.id, article.currentRevision, async () => {
    const revision = await getDb().revision.findUniqueOrThrow({
      where: { articleId_number: { articleId: article.id, number: article.currentRevision } },
      select: { text: true },
    });
    return revision.text;
  });
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
