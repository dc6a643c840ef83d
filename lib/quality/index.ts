/** The quality dashboard: MQM-style scores from confirmed errors, trends per MT engine and publisher, noisy checks. */
export { MQM_PENALTY, REPORT_CATEGORY, REPORT_SEVERITY, penaltyPer1000 } from "./mqm";
export { articleScores, checkPrecision, qualityFilterOptions, qualityFilterSchema, qualityTrend, topCategories, firstMonth, MAX_SERIES, QUALITY_PAGE_SIZE, type ArticleQuality, type CategoryCount, type CheckPrecision, type QualityFilter, type TrendPoint } from "./queries";
export { trendChartData, seriesKey, type TrendChartData } from "./trend";
