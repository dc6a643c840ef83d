// Reader reports: what the article page and the widget send, what reviewers triage, and the word back to readers.
export { createReport, type CreatedReport, type ReportSender } from "./create-report";
export { triageReport, triageReportSchema, TRIAGE_STATUSES } from "./triage-report";
export { resolveReports } from "./resolve-reports";
export { notifyReportResolved, reportResolvedMessage } from "./notify-report-resolved";
export { reportCounts, listReports, openReportsOn, REPORT_STATUSES, OPEN_REPORT_STATUSES, INBOX_PAGE_SIZE, type PlacedReport, type InboxReport } from "./queries";
export { findArticle, currentText } from "./find-article";
export { locateSelection, type SelectionAnchor } from "./locate-selection";
export { alignedPassages, originalOf, type AlignedPassage } from "./originals";
export { contextAround } from "./context";
export { parseOrigins, normalizeOrigin, originAllowed } from "./origins";
export { REPORT_LIMITS, HONEYPOT_FIELD } from "./limits";
export { DEFAULT_CLIENT_LIMITS, DEFAULT_ARTICLE_LIMITS, enforceLookupLimits } from "./report-limits";
export { reportCors, type CorsDecision } from "./cors";
export { readerView, type ReaderView } from "./reader-view";
export { findOriginal } from "./find-original";
export { reportErrorResponse, reportPreflight } from "./respond";
export { configurePublisherReporting, publisherReportingSchema } from "./configure-publisher";
