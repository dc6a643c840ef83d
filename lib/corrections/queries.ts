import { z } from "zod";
import { getDb, pageNumberSchema, pageWindow, toPage } from "@/lib/db";
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

const API_PAGE_SIZE = 50;

const API_FIELDS = {
  id: true, articleId: true, baseRevision: true, category: true, severity: true, note: true, status: true, decisionNote: true, decidedAt: true, createdAt: true, edits: true,
  author: { select: { email: true, name: true } },
  decidedBy: { select: { email: true, name: true } },
  resultRevision: { select: { number: true } },
} as const;

/** The API's view of a correction: its touched sentences as `sentences`, the revision it made as a number. */
function toApiCorrection<T extends { edits: unknown; resultRevision: { number: number } | null }>({ edits, resultRevision, ...correction }: T) {
  return { ...correction, sentences: (edits as SentenceChange[]).map(({ before, after }) => ({ before, after })), resultRevision: resultRevision?.number ?? null };
}

export const correctionFilterSchema = z.object({
  status: z.enum(["PENDING", "APPROVED", "REJECTED", "CHANGES_REQUESTED", "CONFLICT", "WITHDRAWN"]).optional(),
  article: z.string().min(1).max(64).optional().describe("An article id"),
  page: pageNumberSchema.optional(),
});

/** One page (50) of corrections, newest first, of one status and/or one article (on the [status, createdAt] and [articleId, status] indexes). */
export async function listCorrections(filter: z.output<typeof correctionFilterSchema>) {
  const page = filter.page ?? 1;
  const rows = await getDb().correction.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...(filter.article ? { articleId: filter.article } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: API_FIELDS,
    ...pageWindow(page, API_PAGE_SIZE),
  });
  const { items, hasNext } = toPage(rows, page, API_PAGE_SIZE);
  return { corrections: items.map(toApiCorrection), page, nextPage: hasNext ? page + 1 : null };
}

/** One correction with its touched sentences and the flags and reports it answers; null for no such correction. */
export async function getCorrection(id: string) {
  const row = await getDb().correction.findUnique({
    where: { id },
    select: { ...API_FIELDS, flags: { select: { id: true, check: true, targetText: true } }, reports: { select: { id: true, selection: true, status: true } } },
  });
  return row && toApiCorrection(row);
}
