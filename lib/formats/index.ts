/**
 * Files in and out of Errata: an article's translation as text, HTML or Markdown; the aligned pair as XLIFF
 * 2.0/1.2 (and back in as a new article); approved corrections as TMX; reports and corrections as CSV/JSON.
 */
export { toPlainText, toHtml, toMarkdown, type TranslationDocument } from "./documents";
export { alignedUnits, type AlignedUnit } from "./aligned-units";
export { withNotes } from "./unit-notes";
export { buildXliff, parseXliff, type XliffVersion, type ParsedXliff } from "./xliff";
export { exportArticle, articleFormatSchema, type ArticleFormat } from "./article-export";
export { importXliff, xliffDetailsSchema, type XliffDetails } from "./import-xliff";
export { MAX_XLIFF_BYTES } from "./limits";
export { fileResponse } from "./file-response";
export { MEDIA_TYPES, type ExportFile } from "./export-file";
export { exportTmx, exportReports, exportCorrections, languagePairSchema, type TableFormat } from "./collection-exports";
export { exportRangeSchema, type ExportRange } from "./range";
export { buildTmx, type TmxEntry } from "./tmx";
export { toCsv, defuseFormula } from "@/lib/csv";
export { EXPORT_PAGE_SIZE, TMX_PAGE_SIZE } from "./queries";
