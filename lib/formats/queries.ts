import { getDb, pageWindow, toPage } from "@/lib/db";
import { rangeWhere, type ExportRange } from "./range";

/** Rows per page of a collection export: a date range over years is paged, never loaded whole. */
export const EXPORT_PAGE_SIZE = 5000;
/** Corrections per page of a TMX export (each gives one unit per changed sentence). */
export const TMX_PAGE_SIZE = 2000;

const ARTICLE = { select: { slug: true, title: true, sourceLang: true, targetLang: true } } as const;

/** Approved corrections of one language pair, oldest approval first, with the sentences each changed. */
export async function approvedCorrectionsPage(range: ExportRange, pair: { sourceLang: string; targetLang: string }) {
  const rows = await getDb().correction.findMany({
    where: { status: "APPROVED", ...rangeWhere(range, "decidedAt"), article: pair },
    orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
    select: { id: true, edits: true, article: ARTICLE },
    ...pageWindow(range.page, TMX_PAGE_SIZE),
  });
  return toPage(rows, range.page, TMX_PAGE_SIZE);
}

/** Reader reports, oldest first; readers' emails and client hashes stay out of exports. */
export async function reportsPage(range: ExportRange) {
  const rows = await getDb().report.findMany({
    where: rangeWhere(range, "createdAt"),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, revision: true, status: true, selection: true, suggestion: true, comment: true, readerCount: true, createdAt: true, resolvedAt: true,
      article: ARTICLE, triagedBy: { select: { email: true } },
    },
    ...pageWindow(range.page, EXPORT_PAGE_SIZE),
  });
  return toPage(rows, range.page, EXPORT_PAGE_SIZE);
}

/** Corrections in every state, oldest first. */
export async function correctionsPage(range: ExportRange) {
  const rows = await getDb().correction.findMany({
    where: rangeWhere(range, "createdAt"),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, status: true, category: true, severity: true, note: true, decisionNote: true, baseRevision: true, edits: true, createdAt: true, decidedAt: true,
      article: ARTICLE, author: { select: { email: true } }, decidedBy: { select: { email: true } }, resultRevision: { select: { number: true } },
    },
    ...pageWindow(range.page, EXPORT_PAGE_SIZE),
  });
  return toPage(rows, range.page, EXPORT_PAGE_SIZE);
}
