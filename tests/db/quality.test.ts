import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { refreshArticleCounts } from "@/lib/article-counts";
import { getDb } from "@/lib/db";
import { articleScores, checkPrecision, qualityFilterOptions, qualityFilterSchema, qualityTrend, topCategories } from "@/lib/quality/queries";
import { createTestUser } from "./factories";

/**
 * A known set of articles, corrections, reports and flags under a publisher of their own, written as rows and then
 * recounted as every writer of such rows does in its transaction (refreshArticleCounts: the articles' figures and
 * the quality rollup), and the figures worked out by hand from MQM's weights: minor 1, major 5, critical 25; an
 * accepted, unfixed reader report counts as one major error. tests/db/quality-rollup.test.ts follows the real writers.
 */
async function fixtures() {
  const db = getDb();
  const m = randomUUID().slice(0, 8);
  const author = await createTestUser("REVIEWER");
  const publisher = await db.publisher.create({ data: { name: `Quality ${m}` } });
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 2));
  const article = async (name: string, engine: string, words: number, createdAt: Date) => {
    const row = await db.article.create({ data: { slug: `q-${m}-${name}`, title: `Q ${name} ${m}`, sourceText: "Текст.", contentHash: `q-${m}-${name}`, engine: `${engine}-${m}`, publisherId: publisher.id, wordCount: words, createdAt, importedById: author.id } });
    const revision = await db.revision.create({ data: { articleId: row.id, number: 1, text: "Text.", origin: "import" } });
    return { ...row, revisionId: revision.id };
  };
  const correction = (articleId: string, severity: string, category: string, status: "APPROVED" | "PENDING" | "REJECTED" = "APPROVED") =>
    db.correction.create({ data: { articleId, baseRevision: 1, patch: "", edits: [], category, severity, status, authorId: author.id } });
  const report = (articleId: string, status: "ACCEPTED" | "RESOLVED" | "NEW", readerCount: number) =>
    db.report.create({ data: { articleId, revision: 1, selection: "Text", start: 0, end: 4, contextBefore: "", contextAfter: ".", clientHash: randomUUID(), readerCount, status } });
  const flag = (a: { id: string; revisionId: string }, check: string, status: "OPEN" | "DISMISSED" | "RESOLVED") =>
    db.flag.create({ data: { articleId: a.id, revisionId: a.revisionId, check: `${check}-${m}`, category: "Fluency/Spelling", severity: "minor", message: "m", targetStart: 0, targetEnd: 4, targetText: "Text", fingerprint: randomUUID(), status } });

  const one = await article("one", "EngineA", 2000, now);
  await correction(one.id, "critical", "Accuracy/Mistranslation");
  await correction(one.id, "major", "Locale convention/Name format");
  await correction(one.id, "minor", "Fluency/Grammar", "PENDING"); // not confirmed: no penalty
  await correction(one.id, "critical", "Accuracy/Omission", "REJECTED"); // not an error
  await report(one.id, "ACCEPTED", 3); // confirmed, not yet fixed: one major error
  await report(one.id, "RESOLVED", 1); // fixed by a correction, which counts for it
  await report(one.id, "NEW", 2); // not confirmed
  for (const status of ["RESOLVED", "DISMISSED", "DISMISSED", "DISMISSED", "OPEN"] as const) await flag(one, "noisy", status);
  for (const status of ["RESOLVED", "RESOLVED"] as const) await flag(one, "precise", status);

  const two = await article("two", "EngineB", 500, now);
  await correction(two.id, "minor", "Fluency/Spelling");
  await correction(two.id, "minor", "Fluency/Spelling");

  const three = await article("three", "EngineA", 1000, lastMonth);
  await correction(three.id, "major", "Fluency/Spelling");

  const four = await article("four", "EngineB", 800, now);
  await db.$transaction((tx) => refreshArticleCounts(tx, [one.id, two.id, three.id, four.id]));
  return { m, publisher: publisher.id, ids: { one: one.id, two: two.id, three: three.id, four: four.id } };
}

describe("quality dashboard figures", () => {
  it("computes MQM scores, trends, top categories and check precision from confirmed errors", async () => {
    const { m, publisher, ids } = await fixtures();
    const filter = qualityFilterSchema.parse({ publisher, months: "12" });
    const thisMonth = new Date().toISOString().slice(0, 7);
    const now = new Date();
    const previousMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 2)).toISOString().slice(0, 7);

    // one: 25 + 5 + 5 (accepted report) = 35 points in 2,000 words = 17.5 per 1,000; three: 5 in 1,000 = 5;
    // two: 1 + 1 in 500 = 4; four: none.
    const { items, hasNext } = await articleScores(filter);
    expect(hasNext).toBe(false);
    expect(items.map((a) => [a.id, a.errors, a.penalty, a.score, a.reports, a.readers])).toEqual([
      [ids.one, 3, 35, 17.5, 3, 6],
      [ids.three, 1, 5, 5, 0, 0],
      [ids.two, 2, 2, 4, 0, 0],
      [ids.four, 0, 0, 0, 0, 0],
    ]);
    expect(items[0]).toMatchObject({ engine: `EngineA-${m}`, publisher: `Quality ${m}`, words: 2000 });

    expect(await qualityTrend(filter, "engine")).toEqual([
      { month: previousMonth, series: `EngineA-${m}`, articles: 1, words: 1000, penalty: 5 },
      { month: thisMonth, series: `EngineA-${m}`, articles: 1, words: 2000, penalty: 35 },
      { month: thisMonth, series: `EngineB-${m}`, articles: 2, words: 1300, penalty: 2 },
    ].sort((a, b) => a.month.localeCompare(b.month) || a.series.localeCompare(b.series)));
    expect(await qualityTrend(filter, "publisher")).toEqual([
      { month: previousMonth, series: `Quality ${m}`, articles: 1, words: 1000, penalty: 5 },
      { month: thisMonth, series: `Quality ${m}`, articles: 3, words: 3300, penalty: 37 },
    ]);
    // One month back leaves last month's article out.
    expect((await articleScores({ ...filter, months: 1 })).items.map((a) => a.id)).not.toContain(ids.three);

    expect(await topCategories(filter)).toEqual([
      { category: "Accuracy/Mistranslation", errors: 1, penalty: 25 },
      { category: "Fluency/Spelling", errors: 3, penalty: 7 },
      { category: "Locale convention/Name format", errors: 1, penalty: 5 },
      { category: "Reader report (unclassified)", errors: 1, penalty: 5 },
    ]);

    // noisy: 1 accepted of 4 decided (the open flag is not decided); precise: 2 of 2.
    expect(await checkPrecision(filter)).toEqual([
      { check: `noisy-${m}`, accepted: 1, dismissed: 3, precision: 0.25 },
      { check: `precise-${m}`, accepted: 2, dismissed: 0, precision: 1 },
    ]);
    expect(await articleScores({ ...filter, engine: `EngineB-${m}` })).toMatchObject({ items: [{ id: ids.two }, { id: ids.four }] });
    const options = await qualityFilterOptions();
    expect(options.engines).toEqual(expect.arrayContaining([`EngineA-${m}`, `EngineB-${m}`]));
    expect(options.publishers).toContainEqual({ id: publisher, name: `Quality ${m}` });
  });
});
