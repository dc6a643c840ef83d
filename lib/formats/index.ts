/**
 * Files in and out of Errata: an article's translation as text, HTML or Markdown; the aligned pair as XLIFF
 * 2.0/1.2 (and back in as a new article); approved corrections as TMX; reports and corrections as CSV/JSON.
 */
export { toPlainText, toHtml, toMarkdown, type TranslationDocument } from "./documents";
export { alignedUnits, type AlignedUnit } from "./aligned-units";
export { withNotes } from "./unit-notes";
export { buildXliff, parseXliff, type XliffVersion, type ParsedXliff } from "./xliff";
