/** The review dashboard: articles ranked by what needs attention, a page at a time. */
export { dashboardArticles, dashboardFilterOptions, dashboardFilterSchema, DASHBOARD_PAGE_SIZE, type DashboardFilter } from "./query";
