import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { backfillStoredCounts, recountArticle } from "@/lib/article-counts";
import { countWords } from "@/lib/text";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { dismissFlag, rerunChecks } from "@/lib/flags";
import { createReport, triageReport } from "@/lib/reports";
import { revertToRevision } from "@/lib/revisions";
import { currentText, importMangled } from "./correction-fixtures";
import { createTestUser } from "./factories";

/** The article's stored counts, which must equal a recount from its rows after every writer. */
async function expectStoredEqualsRecount(articleId: string) {
  const stored = await getDb().article.findUniqueOrThrow({ where: { id: articleId }, select: { wordCount: true, openFlagCount: true, flagPenalty: true, openReportCount: true, quality: true, title: true, titleKey: true } });
  expect({ openFlagCount: stored.openFlagCount, flagPenalty: stored.flagPenalty, openReportCount: stored.openReportCount, quality: stored.quality }).toEqual(await recountArticle(getDb(), articleId));
  expect(stored.wordCount).toBe(countWords((await currentText(articleId)).text));
  expect(stored.titleKey).toBe(stored.title.toLowerCase());
  return stored;
}

const openNameFlag = async (articleId: string) =>
  getDb().flag.findFirstOrThrow({ where: { revisionId: (await currentText(articleId)).revisionId, check: "name-case", status: "OPEN" }, orderBy: { targetStart: "asc" } });

async function reportOn(articleId: string, needle: string) {
  const { text } = await currentText(articleId);
  const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  const start = text.indexOf(needle);
  return createReport({ article: article.slug, selection: needle, start, end: start + needle.length, contextBefore: text.slice(Math.max(0, start - 40), start), contextAfter: text.slice(start + needle.length, start + needle.length + 40) }, { clientHash: randomUUID(), crossOrigin: null });
}

describe("stored article counts", () => {
  it("import stores words, open flags, penalty and quality", async () => {
    const article = await importMangled(await createTestUser("REVIEWER"));
    const stored = await expectStoredEqualsRecount(article.id);
    expect(stored.openFlagCount).toBeGreaterThanOrEqual(2);
    expect(stored.quality).toBeLessThan(100);
  });

  it("a reader's report and its triage move the open-report count", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const report = await reportOn(article.id, "Shymkent");
    expect((await expectStoredEqualsRecount(article.id)).openReportCount).toBe(1);
    await triageReport(reviewer, { reportId: report.id, status: "REJECTED" });
    expect((await expectStoredEqualsRecount(article.id)).openReportCount).toBe(0);
    await triageReport(reviewer, { reportId: report.id, status: "ACCEPTED" });
    expect((await expectStoredEqualsRecount(article.id)).openReportCount).toBe(1);
  });

  it("re-running the checks brings back a flag and its count", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const before = await expectStoredEqualsRecount(article.id);
    // A flag lost, and counted as lost: the re-run that finds it again must count it again.
    await getDb().flag.delete({ where: { id: (await openNameFlag(article.id)).id } });
    await getDb().article.update({ where: { id: article.id }, data: await recountArticle(getDb(), article.id) });
    await rerunChecks(reviewer, article.id);
    expect((await expectStoredEqualsRecount(article.id)).openFlagCount).toBe(before.openFlagCount);
  });

  it("an approved correction and a revert recount words, flags and reports on the new revision", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const report = await reportOn(article.id, "Shymkent");
    const flag = await openNameFlag(article.id);
    const fixFlag = await createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "flag", flagId: flag.id } });
    await approveCorrection(editor, { correctionId: fixFlag.id });
    const afterFlag = await expectStoredEqualsRecount(article.id);
    expect(afterFlag.openReportCount).toBe(1);
    const fixReport = await createCorrection(reviewer, { articleId: article.id, baseRevision: 2, change: { kind: "report", reportId: report.id, replacement: "Chimkent" } });
    await approveCorrection(editor, { correctionId: fixReport.id });
    expect((await expectStoredEqualsRecount(article.id)).openReportCount).toBe(0);
    await revertToRevision(editor, { articleId: article.id, number: 1, expectedCurrent: (await currentText(article.id)).number });
    await expectStoredEqualsRecount(article.id);
  });

  it("the backfill counts articles stored before the counts were", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    await reportOn(article.id, "Shymkent");
    await getDb().article.update({ where: { id: article.id }, data: { wordCount: null, titleKey: "", openFlagCount: 0, flagPenalty: 0, openReportCount: 0, quality: 100 } });
    expect(await backfillStoredCounts(getDb())).toBeGreaterThanOrEqual(1);
    const stored = await expectStoredEqualsRecount(article.id);
    expect(stored.openReportCount).toBe(1);
    expect(stored.openFlagCount).toBeGreaterThan(0);
  });

  it("dismissing a flag, here and everywhere, lowers the open-flag count of every article it reaches", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const other = await importMangled(reviewer);
    const before = await expectStoredEqualsRecount(article.id);
    await dismissFlag(reviewer, { flagId: (await openNameFlag(article.id)).id, scope: "OCCURRENCE" });
    expect((await expectStoredEqualsRecount(article.id)).openFlagCount).toBe(before.openFlagCount - 1);
    const otherBefore = await expectStoredEqualsRecount(other.id);
    await dismissFlag(reviewer, { flagId: (await openNameFlag(article.id)).id, scope: "EVERYWHERE" });
    await expectStoredEqualsRecount(article.id);
    expect((await expectStoredEqualsRecount(other.id)).openFlagCount).toBeLessThan(otherBefore.openFlagCount);
    // Last in the file, and undone: later imports would be born with the name dismissed.
    await getDb().dismissal.deleteMany({ where: { userId: reviewer.id, scope: "EVERYWHERE" } });
  });
});
