import { z } from "zod";
import type { SentenceChange } from "@/lib/corrections";
import { toCsv, type Cell } from "@/lib/csv";
import { MEDIA_TYPES, type ExportFile } from "./export-file";
import { approvedCorrectionsPage, correctionsPage, reportsPage } from "./queries";
import type { ExportRange } from "./range";
import { buildTmx, type TmxEntry } from "./tmx";

export type TableFormat = "csv" | "json";

export const languagePairSchema = z
  .string()
  .regex(/^[a-z]{2,3}-[a-z]{2,3}$/, "pair must look like ru-en")
  .default("ru-en")
  .transform((pair) => {
    const [sourceLang, targetLang] = pair.split("-");
    return { sourceLang, targetLang };
  });

/** "2026-12-01_2026-12-31", "article-<id>" or "all": what a file name says about its range and page. */
function rangeName(range: ExportRange): string {
  // `to` is the exclusive end: the last day in the range is the one of the instant before it.
  const lastDay = range.to && new Date(range.to.getTime() - 1);
  const dates = range.from || lastDay ? [range.from, lastDay].map((d) => d?.toISOString().slice(0, 10) ?? "").join("_") : "";
  const parts = [range.article ? `article-${range.article}` : "", dates, range.page > 1 ? `page-${range.page}` : ""].filter(Boolean);
  return parts.join("-") || "all";
}

/**
 * Approved corrections as a translation memory to retrain or adapt the MT engine: one unit per corrected
 * sentence group, the aligned original sentence(s) beside the approved English. Changes with nothing on one
 * side (a deleted sentence, one without an aligned original) make no unit.
 */
export async function exportTmx(range: ExportRange, pair: { sourceLang: string; targetLang: string }): Promise<ExportFile> {
  const { items, hasNext } = await approvedCorrectionsPage(range, pair);
  const entries: TmxEntry[] = items.flatMap((correction) =>
    (correction.edits as unknown as SentenceChange[])
      .filter((sentence) => sentence.source?.trim() && sentence.after.trim())
      .map((sentence, index) => ({ tuid: `${correction.id}.${index + 1}`, group: correction.article.slug, source: sentence.source, target: sentence.after })),
  );
  return {
    body: await buildTmx(entries, pair.sourceLang, pair.targetLang),
    contentType: MEDIA_TYPES.tmx,
    filename: `errata-corrections-${pair.sourceLang}-${pair.targetLang}-${rangeName(range)}.tmx`,
    nextPage: hasNext ? range.page + 1 : null,
  };
}

type ReportRow = Awaited<ReturnType<typeof reportsPage>>["items"][number];
type CorrectionRow = Awaited<ReturnType<typeof correctionsPage>>["items"][number];

const reportRecord = (report: ReportRow) => ({
  id: report.id,
  article: report.article.slug,
  articleTitle: report.article.title,
  revision: report.revision,
  status: report.status,
  selection: report.selection,
  suggestion: report.suggestion,
  comment: report.comment,
  readers: report.readerCount,
  triagedBy: report.triagedBy?.email ?? null,
  createdAt: report.createdAt,
  resolvedAt: report.resolvedAt,
});

const correctionRecord = (correction: CorrectionRow) => ({
  id: correction.id,
  article: correction.article.slug,
  articleTitle: correction.article.title,
  status: correction.status,
  category: correction.category,
  severity: correction.severity,
  note: correction.note,
  decisionNote: correction.decisionNote,
  author: correction.author.email,
  decidedBy: correction.decidedBy?.email ?? null,
  baseRevision: correction.baseRevision,
  resultRevision: correction.resultRevision?.number ?? null,
  createdAt: correction.createdAt,
  decidedAt: correction.decidedAt,
  sentences: (correction.edits as unknown as SentenceChange[]).map(({ source, before, after }) => ({ source, before, after })),
});

type CorrectionRecord = ReturnType<typeof correctionRecord>;

/** One CSV column per named field, its value as it is. */
function columnsOf<R extends Record<string, unknown>>(sample: (keyof R)[]): { header: string; value: (row: R) => Cell }[] {
  return sample.map((key) => ({ header: String(key), value: (row: R) => row[key] as Cell }));
}

const REPORT_COLUMNS = columnsOf<ReturnType<typeof reportRecord>>(["id", "article", "articleTitle", "revision", "status", "selection", "suggestion", "comment", "readers", "triagedBy", "createdAt", "resolvedAt"]);
/** A correction's sentences become three columns (source, before, after), one line per sentence. */
const CORRECTION_COLUMNS = [
  ...columnsOf<CorrectionRecord>(["id", "article", "articleTitle", "status", "category", "severity", "note", "decisionNote", "author", "decidedBy", "baseRevision", "resultRevision", "createdAt", "decidedAt"]),
  ...(["source", "before", "after"] as const).map((part) => ({ header: part, value: (row: CorrectionRecord) => row.sentences.map((sentence) => sentence[part]).join("\n") })),
];

function tableFile<R>(name: string, format: TableFormat, range: ExportRange, records: R[], hasNext: boolean, columns: { header: string; value: (row: R) => Cell }[]): ExportFile {
  const nextPage = hasNext ? range.page + 1 : null;
  const body = format === "csv" ? toCsv(columns, records) : `${JSON.stringify({ items: records, page: range.page, nextPage }, null, 1)}\n`;
  return { body, contentType: MEDIA_TYPES[format], filename: `errata-${name}-${rangeName(range)}.${format}`, nextPage };
}

/** Reader reports as CSV or JSON, one page of the range. */
export async function exportReports(range: ExportRange, format: TableFormat): Promise<ExportFile> {
  const { items, hasNext } = await reportsPage(range);
  return tableFile("reports", format, range, items.map(reportRecord), hasNext, REPORT_COLUMNS);
}

/** Corrections (every state) as CSV or JSON, one page of the range. */
export async function exportCorrections(range: ExportRange, format: TableFormat): Promise<ExportFile> {
  const { items, hasNext } = await correctionsPage(range);
  return tableFile("corrections", format, range, items.map(correctionRecord), hasNext, CORRECTION_COLUMNS);
}
