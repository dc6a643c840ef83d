// Reader reports: what the article page and the widget send, what reviewers triage, and the word back to readers.
// Browser code imports the dependency-free modules by path (limits, context, originals, browser/): this index
// brings in the database.
export { createReport, type CreatedReport, type ReportSender } from "./create-report";
export { reportInputSchema } from "./report-input";
export { triageReportSchema } from "./triage-report";
export { triageReport } from "./triage-report";
export { resolveReports } from "./resolve-reports";
export { notifyReportResolved } from "./notify-report-resolved";
export { reportCounts, listReports, getReport, REPORT_COUNT_CAP, INBOX_PAGE_SIZE, reportFilterSchema, openReportsOn, REPORT_STATUSES, type PlacedReport } from "./queries";
export { locateSelection, type SelectionAnchor, type Location } from "./locate-selection";
export { readerView } from "./reader-view";
export { findOriginal, originalQuerySchema } from "./find-original";
export { reportCors } from "./cors";
export { reportErrorResponse, reportPreflight } from "./respond";
export { configurePublisherReporting } from "./configure-publisher";
export { DEFAULT_CLIENT_LIMITS } from "./rate-limits";
