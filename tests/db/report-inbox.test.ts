import { describe, expect, it } from "vitest";
import { getDb, type ReportStatus } from "@/lib/db";
import { INBOX_PAGE_SIZE, listReports, REPORT_COUNT_CAP, reportCounts } from "@/lib/reports";
import { createArticlesFast, createTestUser } from "./factories";

/** An article of its own with `count` reports written at once: the i-th gets what `shape(i)` says. */
async function reportedArticle(count: number, shape: (i: number) => { status?: ReportStatus; readerCount?: number; createdAt?: Date }) {
  const user = await createTestUser("REVIEWER");
  const [article] = await createArticlesFast(1, { importedById: user.id });
  const rows = Array.from({ length: count }, (_, i) => ({
    articleId: article.id, revision: 1, selection: `passage ${i}`, start: 0, end: 7, contextBefore: "", contextAfter: "", clientHash: `${article.id}-${i}`, ...shape(i),
  }));
  // Chunks keep each statement under SQLite's 999 bound parameters.
  for (let i = 0; i < rows.length; i += 80) await getDb().report.createMany({ data: rows.slice(i, i + 80) });
  const reports = await getDb().report.findMany({ where: { articleId: article.id }, select: { id: true, status: true, readerCount: true, createdAt: true } });
  return { article, reports };
}

const inboxOrder = (a: { readerCount: number; createdAt: Date; id: string }, b: { readerCount: number; createdAt: Date; id: string }) =>
  b.readerCount - a.readerCount || b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("the reports inbox, a page at a time", () => {
  it("lists one status, most readers first, then newest, then by id, with no gap or repeat at the page boundaries", async () => {
    const epoch = Date.UTC(2026, 0, 1);
    // 130 NEW reports in ties of readers and of time, among reports of other statuses that must not show.
    const { article, reports } = await reportedArticle(160, (i) => ({
      status: i % 16 === 5 ? "ACCEPTED" : i % 16 === 9 ? "SPAM" : "NEW",
      readerCount: 1 + (i % 4),
      createdAt: new Date(epoch + Math.floor(i / 3) * 60_000),
    }));
    const expected = reports.filter((r) => r.status === "NEW").sort(inboxOrder).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(2 * INBOX_PAGE_SIZE);

    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await listReports({ status: "NEW", articleId: article.id, page }));
    expect(pages.map((p) => p.hasNext)).toEqual([true, true, false]);
    expect(pages.map((p) => p.reports.length)).toEqual([INBOX_PAGE_SIZE, INBOX_PAGE_SIZE, expected.length - 2 * INBOX_PAGE_SIZE]);
    expect(pages.flatMap((p) => p.reports.map((r) => r.id))).toEqual(expected);
    expect(pages[0].reports[0]).toMatchObject({ status: "NEW", readerCount: 4, article: { id: article.id } });

    const beyond = await listReports({ status: "NEW", articleId: article.id, page: 4 });
    expect(beyond).toMatchObject({ reports: [], hasNext: false });
    const accepted = await listReports({ status: "ACCEPTED", articleId: article.id });
    expect(accepted.reports.map((r) => r.id)).toEqual(reports.filter((r) => r.status === "ACCEPTED").sort(inboxOrder).map((r) => r.id));
    expect(accepted.hasNext).toBe(false);
  });

  it("a page of exactly the page size has no next page; across articles the most-reported comes first", async () => {
    const { article, reports } = await reportedArticle(INBOX_PAGE_SIZE, (i) => ({ readerCount: i === 7 ? 1_000_000 : 1 }));
    const page = await listReports({ status: "NEW", articleId: article.id });
    expect(page.reports).toHaveLength(INBOX_PAGE_SIZE);
    expect(page.hasNext).toBe(false);

    const everywhere = await listReports({ status: "NEW" });
    expect(everywhere.reports[0].id).toBe(reports.find((r) => r.readerCount === 1_000_000)!.id);
    const listed = everywhere.reports.map((r) => ({ id: r.id, readerCount: r.readerCount, createdAt: r.createdAt }));
    expect(listed).toEqual([...listed].sort(inboxOrder));
  });

  it("counts each status, exactly up to the cap and as more than the cap beyond it", async () => {
    const { article } = await reportedArticle(REPORT_COUNT_CAP + 7, (i) => ({ status: i < 3 ? "REJECTED" : "SPAM" }));
    const counts = await reportCounts(article.id);
    expect(counts).toEqual({ NEW: 0, ACCEPTED: 0, REJECTED: 3, DUPLICATE: 0, SPAM: REPORT_COUNT_CAP + 1, RESOLVED: 0 });
    expect((await reportCounts()).SPAM).toBe(REPORT_COUNT_CAP + 1);
  });
});
