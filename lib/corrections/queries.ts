import { getDb, pageWindow, toPage } from "@/lib/db";
import type { SentenceChange } from "./touched-sentences";

const DETAILS = {
  article: { select: { id: true, title: true, slug: true, currentRevision: true, sourceLang: true, targetLang: true } },
  author: { select: { id: true, email: true, name: true } },
  decidedBy: { select: { email: true, name: true } },
  flags: { select: { id: true, check: true, targetText: true, message: true, suggestion: true, severity: true } },
  reports: { select: { id: true, selection: true, suggestion: true, comment: true, readerCount: true, status: true } },
  resultRevision: { select: { number: true } },
} as const;

function withSentences<T extends { edits: unknown }>(correction: T) {
  return { ...correction, sentences: correction.edits as SentenceChange[] };
}

const QUEUE_PAGE_SIZE = 50;

/**
 * One page of the editors' queue: pending corrections, oldest first (on the [status, createdAt] index), grouped by
 * article (the article of the oldest first).
 */
export async function pendingCorrectionsByArticle(page = 1) {
  const rows = await getDb().correction.findMany({ where: { status: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: DETAILS, ...pageWindow(page, QUEUE_PAGE_SIZE) });
  const { items: pending, hasNext } = toPage(rows, page, QUEUE_PAGE_SIZE);
  const groups = new Map<string, { article: (typeof pending)[number]["article"]; corrections: ReturnType<typeof withSentences<(typeof pending)[number]>>[] }>();
  for (const correction of pending) {
    const group = groups.get(correction.articleId) ?? { article: correction.article, corrections: [] };
    group.corrections.push(withSentences(correction));
    groups.set(correction.articleId, group);
  }
  return { groups: [...groups.values()], page, hasNext };
}

export type QueueGroup = Awaited<ReturnType<typeof pendingCorrectionsByArticle>>["groups"][number];
export type QueuedCorrection = QueueGroup["corrections"][number];

/** Every correction of one article, newest first, for the workspace. */
export async function correctionsOfArticle(articleId: string) {
  const rows = await getDb().correction.findMany({ where: { articleId }, orderBy: { createdAt: "desc" }, include: DETAILS });
  return rows.map(withSentences);
}

export type ArticleCorrection = Awaited<ReturnType<typeof correctionsOfArticle>>[number];
