import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { backfillStoredCounts } from "@/lib/article-counts";
import type { CurrentUser } from "@/lib/auth";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { dismissFlag, rerunChecks } from "@/lib/flags";
import { importArticle } from "@/lib/import";
import { MQM_PENALTY, qualityFilterSchema, REPORT_CATEGORY, topCategories } from "@/lib/quality";
import { createReport, triageReport } from "@/lib/reports";
import { revertToRevision } from "@/lib/revisions";
import { currentText, mangledPair } from "./correction-fixtures";
import { createTestUser } from "./factories";

const penaltyOf = (severity: string) => MQM_PENALTY[severity as keyof typeof MQM_PENALTY] ?? MQM_PENALTY.minor;

/**
 * The publisher's QualityRollup rows as they must be, recomputed from the rows themselves (what the dashboard
 * used to aggregate on every view), keyed like the rollup; rows that sum to nothing are left out.
 */
async function rollupFromRows(publisherId: string) {
  const db = getDb();
  const articles = await db.article.findMany({ where: { publisherId }, select: { id: true, createdAt: true, engine: true, wordCount: true } });
  const rows = new Map<string, Record<string, number>>();
  const add = (kind: string, key: string, article: (typeof articles)[number], counts: Record<string, number>) => {
    const id = [kind, article.createdAt.toISOString().slice(0, 7), article.engine ?? "", key].join(" | ");
    const row = rows.get(id) ?? {};
    for (const [column, n] of Object.entries(counts)) row[column] = (row[column] ?? 0) + n;
    rows.set(id, row);
  };
  for (const article of articles) {
    const [corrections, accepted, flags] = await Promise.all([
      db.correction.findMany({ where: { articleId: article.id, status: "APPROVED" }, select: { category: true, severity: true } }),
      db.report.count({ where: { articleId: article.id, status: "ACCEPTED" } }),
      db.flag.findMany({ where: { articleId: article.id, status: { in: ["RESOLVED", "DISMISSED"] } }, select: { check: true, status: true } }),
    ]);
    const errors = [...corrections.map((c) => ({ category: c.category, penalty: penaltyOf(c.severity) })), ...Array.from({ length: accepted }, () => ({ category: REPORT_CATEGORY, penalty: MQM_PENALTY.major }))];
    add("article", "", article, { articles: 1, words: article.wordCount ?? 0, errors: errors.length, penalty: errors.reduce((sum, e) => sum + e.penalty, 0) });
    for (const e of errors) add("category", e.category, article, { errors: 1, penalty: e.penalty });
    for (const f of flags) add("check", f.check, article, f.status === "RESOLVED" ? { accepted: 1 } : { dismissed: 1 });
  }
  return Object.fromEntries([...rows].map(([id, row]) => [id, { articles: 0, words: 0, errors: 0, penalty: 0, accepted: 0, dismissed: 0, ...row }]));
}

async function storedRollup(publisherId: string) {
  const rows = await getDb().qualityRollup.findMany({ where: { publisherId } });
  return Object.fromEntries(
    rows
      .filter((r) => r.articles || r.words || r.errors || r.penalty || r.accepted || r.dismissed)
      .map(({ kind, month, engine, key, articles, words, errors, penalty, accepted, dismissed }) => [[kind, month, engine, key].join(" | "), { articles, words, errors, penalty, accepted, dismissed }]),
  );
}

/** The rollup kept by the writers equals the one recomputed from the rows; returns it for figures to check. */
async function expectRollupRight(publisherId: string) {
  const expected = await rollupFromRows(publisherId);
  expect(await storedRollup(publisherId)).toEqual(expected);
  return expected;
}

async function reportOn(articleId: string, needle: string) {
  const { text } = await currentText(articleId);
  const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  const start = text.indexOf(needle);
  return createReport({ article: article.slug, selection: needle, start, end: start + needle.length, contextBefore: text.slice(Math.max(0, start - 40), start), contextAfter: text.slice(start + needle.length, start + needle.length + 40) }, { clientHash: randomUUID(), crossOrigin: null });
}

async function importUnderPublisher(reviewer: CurrentUser, publisher = `Rollup ${randomUUID().slice(0, 8)}`) {
  const marker = randomUUID().slice(0, 8);
  const { id } = await importArticle({ ...mangledPair(marker), engine: `Engine ${publisher}`, publisher }, { actorId: reviewer.id });
  const article = await getDb().article.findUniqueOrThrow({ where: { id } });
  return { ...article, publisherId: article.publisherId! };
}

const openFlags = async (articleId: string) =>
  getDb().flag.findMany({ where: { revisionId: (await currentText(articleId)).revisionId, status: "OPEN" }, orderBy: { targetStart: "asc" } });

describe("the quality rollup", () => {
  it("stays equal to the rows through import, triage and its reversal, approval, dismissal, revert and re-checks", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importUnderPublisher(reviewer);
    const filter = qualityFilterSchema.parse({ publisher: article.publisherId });
    expect(Object.keys(await expectRollupRight(article.publisherId))).toHaveLength(1); // the article row alone

    // A report accepted costs a major error; taken back to new (reopened for triage), it costs nothing again.
    const report = await reportOn(article.id, "Shymkent");
    await triageReport(reviewer, { reportId: report.id, status: "ACCEPTED" });
    expect(await topCategories(filter)).toEqual([{ category: REPORT_CATEGORY, errors: 1, penalty: MQM_PENALTY.major }]);
    await expectRollupRight(article.publisherId);
    await triageReport(reviewer, { reportId: report.id, status: "NEW" });
    expect(await topCategories(filter)).toEqual([]);
    await triageReport(reviewer, { reportId: report.id, status: "ACCEPTED" });

    // Approved: the flag's correction counts at its severity, its flag as accepted; the report fixed by another.
    const [flag] = await openFlags(article.id);
    const fixFlag = await createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "flag", flagId: flag.id } });
    await approveCorrection(editor, { correctionId: fixFlag.id });
    await expectRollupRight(article.publisherId);
    const fixReport = await createCorrection(reviewer, { articleId: article.id, baseRevision: 2, change: { kind: "report", reportId: report.id, replacement: "Chimkent" } });
    await approveCorrection(editor, { correctionId: fixReport.id });
    const approved = await expectRollupRight(article.publisherId);
    expect(Object.keys(approved).some((id) => id.startsWith(`check | `))).toBe(true);
    expect(Object.keys(approved).some((id) => id.includes(REPORT_CATEGORY))).toBe(false);

    // Dismissed flags count against their check; the article's figures match its own rows.
    const [open] = await openFlags(article.id);
    if (open) await dismissFlag(reviewer, { flagId: open.id, scope: "OCCURRENCE" });
    await expectRollupRight(article.publisherId);

    // A revert changes the words (the text of revision 1 again): the article's figures and the rollup follow.
    await revertToRevision(editor, { articleId: article.id, number: 1, expectedCurrent: 3 });
    const reverted = await expectRollupRight(article.publisherId);
    const stored = await getDb().article.findUniqueOrThrow({ where: { id: article.id } });
    const [articleRow] = Object.entries(reverted).filter(([id]) => id.startsWith("article | ")).map(([, row]) => row);
    expect(articleRow).toMatchObject({ articles: 1, words: stored.wordCount, errors: stored.mqmErrors, penalty: stored.mqmPenalty });
    expect(stored.mqmScore).toBeCloseTo((stored.mqmPenalty * 1000) / stored.wordCount!, 6);

    // Re-running the checks deletes open flags that are gone and adds new ones; decided ones stay counted.
    await rerunChecks(reviewer, article.id);
    await expectRollupRight(article.publisherId);
  });

  it("counts both of two writers at once that add to the same rollup rows", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const first = await importUnderPublisher(reviewer);
    const publisher = (await getDb().publisher.findUniqueOrThrow({ where: { id: first.publisherId } })).name;
    const articles = [first, await importUnderPublisher(reviewer, publisher), await importUnderPublisher(reviewer, publisher)];
    const reports = await Promise.all(articles.map((article) => reportOn(article.id, "Shymkent")));
    await Promise.all(reports.map((report) => triageReport(reviewer, { reportId: report.id, status: "ACCEPTED" })));
    await Promise.all(articles.map(async (article) => dismissFlag(reviewer, { flagId: (await openFlags(article.id))[0].id, scope: "OCCURRENCE" })));
    const rollup = await expectRollupRight(first.publisherId);
    expect(Object.values(rollup).find((row) => row.articles)).toMatchObject({ articles: 3, errors: 3, penalty: 3 * MQM_PENALTY.major });
  });

  it("counts, once, the articles stored before the figures were, when the backfill runs", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importUnderPublisher(reviewer);
    const report = await reportOn(article.id, "Shymkent");
    await triageReport(reviewer, { reportId: report.id, status: "ACCEPTED" });
    // As a database from before the rollup: no tally on the article, nothing in the rollup.
    await getDb().qualityRollup.deleteMany({ where: { publisherId: article.publisherId } });
    await getDb().article.update({ where: { id: article.id }, data: { qualityTally: null, mqmErrors: 0, mqmPenalty: 0, mqmScore: 0 } });
    expect(await backfillStoredCounts(getDb())).toBeGreaterThanOrEqual(1);
    await expectRollupRight(article.publisherId);
    expect(await getDb().article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ mqmErrors: 1, mqmPenalty: MQM_PENALTY.major });
    // A second run leaves it alone: counted once.
    await backfillStoredCounts(getDb());
    await expectRollupRight(article.publisherId);
  });
});
