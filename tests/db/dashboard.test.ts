import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dashboardArticles, type DashboardFilter } from "@/lib/dashboard";
import { getDb } from "@/lib/db";
import { importArticle } from "@/lib/import";
import { createReport } from "@/lib/reports";
import { mangledPair } from "./correction-fixtures";
import { createTestUser, uniquePair } from "./factories";

const rows = async (filter: DashboardFilter) => (await dashboardArticles(filter)).articles;
const ids = async (filter: DashboardFilter) => (await rows(filter)).map((a) => a.id);

describe("dashboardArticles", () => {
  it("ranks an article with a reader report first and filters by title, engine and publisher", async () => {
    const user = await createTestUser("REVIEWER");
    const engine = `Engine ${Date.now()}`;
    const clean = await importArticle({ ...uniquePair(), engine, publisher: "Dashboard Daily" }, { actorId: user.id });
    const flagged = await importArticle({ ...mangledPair(), engine, publisher: "Dashboard Daily" }, { actorId: user.id });
    const reported = await importArticle({ ...uniquePair(), engine }, { actorId: user.id });
    await createReport({ article: reported.slug, selection: "Minister", start: 0, end: 8, contextBefore: "", contextAfter: " Askar" }, { clientHash: randomUUID(), crossOrigin: null });

    const ranked = await rows({ engine });
    expect(ranked.map((a) => a.id)).toEqual([reported.id, flagged.id, clean.id]);
    expect(ranked[1]).toMatchObject({ openFlags: expect.any(Number), openReports: 0 });
    expect(ranked[1].openFlags).toBeGreaterThanOrEqual(2);
    expect(ranked[1].quality).toBeLessThan(ranked[2].quality);
    expect(ranked[0].openReports).toBe(1);

    const publisher = await getDb().publisher.findUniqueOrThrow({ where: { name: "Dashboard Daily" } });
    expect((await ids({ engine, publisher: publisher.id })).sort()).toEqual([clean.id, flagged.id].sort());
    expect(await ids({ engine, q: flagged.title.slice(0, 20).toUpperCase() })).toContain(flagged.id);
    expect(await ids({ engine, q: "no such title anywhere" })).toEqual([]);
  });
});
