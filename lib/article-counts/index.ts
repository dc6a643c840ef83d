/** What an article stores about itself so that lists need not read texts or count rows: words, open flags and reports, quality. */
export { qualityScore, SEVERITY_PENALTY } from "./score";
export { backfillStoredCounts, countNewOpenReport, recountArticle, refreshArticleCounts, textCounts, titleKey, OPEN_REPORT_STATUSES } from "./stored-counts";
