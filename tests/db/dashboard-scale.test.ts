import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listPublicArticles } from "@/lib/articles";
import { DASHBOARD_PAGE_SIZE, dashboardArticles } from "@/lib/dashboard";
import { importArticle } from "@/lib/import";
import { createReport } from "@/lib/reports";
import { mangledPair } from "./correction-fixtures";
import { createArticlesFast, createTestUser, uniquePair } from "./factories";

// Issue 11: the dashboard bound two parameters per article and failed (P2029) once 499 articles were active.
describe("the review dashboard over more than 1,000 articles", () => {
  it("ranks, filters and searches them in one bounded query", { timeout: 120_000 }, async () => {
    const user = await createTestUser("REVIEWER");
    const engine = `Scale engine ${randomUUID().slice(0, 8)}`;
    const bulk = await createArticlesFast(1_100, { importedById: user.id, engine });
    const flagged = await importArticle({ ...mangledPair(), engine }, { actorId: user.id });
    const reported = await importArticle({ ...uniquePair(), engine }, { actorId: user.id });
    await createReport({ article: reported.slug, selection: "Minister", start: 0, end: 8, contextBefore: "", contextAfter: " Askar" }, { clientHash: randomUUID(), crossOrigin: null });

    const first = await dashboardArticles({ engine });
    expect(first.articles).toHaveLength(DASHBOARD_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(first.articles.slice(0, 2).map((a) => a.id)).toEqual([reported.id, flagged.id]);
    expect(first.articles[0].openReports).toBe(1);
    expect(first.articles[1].openFlags).toBeGreaterThanOrEqual(2);
    // Among the clean ones, newest first; the pages follow on without a gap or a repeat.
    const clean = [...bulk].reverse().map((a) => a.id);
    expect(first.articles.slice(2).map((a) => a.id)).toEqual(clean.slice(0, DASHBOARD_PAGE_SIZE - 2));
    const last = await dashboardArticles({ engine, page: 23 });
    expect(last.articles.map((a) => a.id)).toEqual(clean.slice(22 * DASHBOARD_PAGE_SIZE - 2));
    expect(last.hasNext).toBe(false);

    const byPair = await dashboardArticles({ pair: "ru-en", status: "NEW" });
    expect(byPair.articles[0].id).toBe(reported.id);

    const wanted = bulk[617];
    const found = await dashboardArticles({ engine, q: wanted.title.slice(-12).toUpperCase() });
    expect(found.articles.map((a) => a.id)).toEqual([wanted.id]);

    // The home page, newest first, a page at a time.
    const home = await listPublicArticles(2);
    expect(home.items).toHaveLength(50);
    expect(home.hasNext).toBe(true);
    const times = home.items.map((a) => a.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
