/** The review dashboard: articles ranked by what needs attention. */
export { dashboardArticles, dashboardFilterOptions, dashboardFilterSchema, type DashboardFilter } from "./query";
export { qualityScore, rankArticles, countWords } from "./rank";
