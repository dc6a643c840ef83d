import { afterEach, describe, expect, it } from "vitest";
import {
  approveCorrection,
  createCorrection,
  rejectCorrection,
  requestChanges,
  submitCorrection,
  withdrawCorrection,
} from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { publicChangeLog, revertToRevision } from "@/lib/revisions";
import { setSetting } from "@/lib/settings";
import { currentText, editChange, importMangled } from "./correction-fixtures";
import { createTestUser } from "./factories";

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

async function nameFlag(articleId: string) {
  const { revisionId } = await currentText(articleId);
  return getDb().flag.findFirstOrThrow({ where: { revisionId, check: "name-case", targetText: "Askara Umarova", status: "OPEN" }, orderBy: { targetStart: "asc" } });
}

afterEach(() => setSetting("allowSelfApproval", false));

describe("corrections: create and approve", () => {
  it("applies a flag's suggestion: pending with category and severity from the flag, then one new revision", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const flag = await nameFlag(article.id);

    const created = await createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "flag", flagId: flag.id }, note: "case ending" });
    const stored = await getDb().correction.findUniqueOrThrow({ where: { id: created.id }, include: { flags: true } });
    expect(stored).toMatchObject({ status: "PENDING", baseRevision: 1, category: flag.category, severity: flag.severity, note: "case ending", authorId: reviewer.id });
    expect(stored.flags.map((f) => f.id)).toEqual([flag.id]);
    const [sentence] = stored.edits as { before: string; after: string; source: string }[];
    expect(sentence.before).toContain("Deputy Minister Askara Umarova, the reservoir");
    expect(sentence.after).toContain("Deputy Minister Askar Umarov, the reservoir");
    expect(sentence.source).toContain("Аскара Умарова");

    const result = await approveCorrection(editor, { correctionId: created.id });
    expect(result).toMatchObject({ status: "APPROVED", revision: 2 });
    const revision = await getDb().revision.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: 2 } }, include: { alignment: true } });
    expect(revision).toMatchObject({ origin: "correction", authorId: reviewer.id, approverId: editor.id, correctionId: created.id });
    expect(revision.alignment).not.toBeNull();
    expect(revision.text).toContain("Deputy Minister Askar Umarov, the reservoir");
    expect(revision.text).toContain("According to Askara Umarova, the tariffs");
    expect((await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } })).status).toBe("RESOLVED");
    // The checks ran again on revision 2: the other occurrence is still flagged there, the fixed one is not.
    const newFlags = await getDb().flag.findMany({ where: { revisionId: revision.id, check: "name-case" } });
    expect(newFlags.map((f) => f.targetText)).toEqual(["Askara Umarova"]);
    const audits = await getDb().auditEntry.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["correction.created", "correction.approved"]);
    expect(audits[1]).toMatchObject({ actorId: editor.id, before: { status: "PENDING" }, after: { status: "APPROVED", revision: 2 } });
  });

  it("fixes all occurrences of a name in one correction, settling every flag and the reader's report", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const { text } = await currentText(article.id);
    const at = text.lastIndexOf("Askara Umarova");
    const report = await getDb().report.create({
      data: { articleId: article.id, revision: 1, selection: "Askara Umarova", start: at, end: at + 14, contextBefore: "According to ", contextAfter: ", the tariffs", suggestion: "Askar Umarov", email: "reader@example.org", clientHash: "test" },
    });
    const flag = await nameFlag(article.id);
    const created = await createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "all-occurrences", flagId: flag.id } });
    expect(created).toMatchObject({ sentences: 2, flags: 2, reports: 1 });

    const result = await approveCorrection(editor, { correctionId: created.id });
    expect(result).toMatchObject({ status: "APPROVED", revision: 2, resolvedReports: [report.id] });
    const after = await currentText(article.id);
    expect(after.text).not.toContain("Askara Umarova");
    expect(after.text.match(/Askar Umarov\b/g)).toHaveLength(2);
    expect(await getDb().flag.count({ where: { revisionId: after.revisionId, check: "name-case", status: "OPEN" } })).toBe(0);
    expect(await getDb().report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "RESOLVED" });
    expect(await getDb().auditEntry.count({ where: { entityId: report.id, action: "report.resolved" } })).toBe(1);
    // The reader who left an email is told (kept in the outbox when no SMTP server is configured).
    const mail = await getDb().outboxMessage.findFirstOrThrow({ where: { reportId: report.id } });
    expect(mail.to).toBe("reader@example.org");
  });

  it("fixes every occurrence of a name a reader reported, even with no flag on it", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const { text } = await currentText(article.id);
    const at = text.indexOf("Shymkent");
    const report = await getDb().report.create({
      data: { articleId: article.id, revision: 1, selection: "Shymkent", start: at, end: at + 8, contextBefore: "Residents of ", contextAfter: " are also", suggestion: "Chimkent", clientHash: "test" },
    });
    const phrase = await getDb().report.create({
      data: { articleId: article.id, revision: 1, selection: "also waiting", start: at + 13, end: at + 25, contextBefore: "Shymkent are ", contextAfter: " for", suggestion: "waiting too", clientHash: "test" },
    });
    expect((await failure(createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "all-occurrences", reportId: phrase.id } }))).message).toMatch(/for names/);
    const created = await createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "all-occurrences", reportId: report.id } });
    expect(created).toMatchObject({ reports: 1 });
    await approveCorrection(await createTestUser("EDITOR"), { correctionId: created.id });
    expect((await currentText(article.id)).text).toContain("Residents of Chimkent are also waiting");
  });

  it("refuses a correction against an old revision, one that changes nothing, and a second one for the same flag", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const flag = await nameFlag(article.id);
    expect((await failure(createCorrection(reviewer, { articleId: article.id, baseRevision: 2, change: { kind: "flag", flagId: flag.id } }))).status).toBe(409);
    expect((await failure(createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "flag", flagId: flag.id, replacement: "Askara Umarova" } }))).status).toBe(422);
    await createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "flag", flagId: flag.id } });
    expect((await failure(createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "flag", flagId: flag.id } }))).message).toMatch(/already waiting/);
  });
});

describe("corrections: decisions", () => {
  it("rejects only with a reason, which the reviewer then sees; a decided correction cannot be approved", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const created = await createCorrection(reviewer, await editChange(article.id, "in spring", "in the spring"));
    await expect(rejectCorrection(editor, { correctionId: created.id, reason: " " })).rejects.toThrow(/why/i);
    await rejectCorrection(editor, { correctionId: created.id, reason: "The original text was correct." });
    expect(await getDb().correction.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "REJECTED", decisionNote: "The original text was correct.", decidedById: editor.id });
    expect((await failure(approveCorrection(editor, { correctionId: created.id }))).status).toBe(409);
    expect((await currentText(article.id)).number).toBe(1);
  });

  it("sends a correction back for changes; its author resubmits it against the current text", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const created = await createCorrection(reviewer, await editChange(article.id, "asked to lower water tariffs", "asked to lower tariffs"));
    await requestChanges(editor, { correctionId: created.id, comment: "Keep “water”: the original says воду." });
    expect(await getDb().correction.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "CHANGES_REQUESTED", decisionNote: expect.stringContaining("Keep") });
    const other = await createTestUser("REVIEWER");
    const revised = await editChange(article.id, "asked to lower water tariffs", "asked for lower water tariffs");
    expect((await failure(submitCorrection(other, { correctionId: created.id, ...revised }))).status).toBe(403);
    await submitCorrection(reviewer, { correctionId: created.id, ...revised });
    expect(await getDb().correction.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "PENDING", decisionNote: null });
    await approveCorrection(editor, { correctionId: created.id });
    expect((await currentText(article.id)).text).toContain("Farmers of the region asked for lower water tariffs.");
  });

  it("lets only the author withdraw", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const created = await createCorrection(reviewer, await editChange(article.id, "in summer", "this summer"));
    expect((await failure(withdrawCorrection(await createTestUser("EDITOR"), { correctionId: created.id }))).status).toBe(403);
    await withdrawCorrection(reviewer, { correctionId: created.id });
    expect((await getDb().correction.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("WITHDRAWN");
    expect((await failure(withdrawCorrection(reviewer, { correctionId: created.id }))).status).toBe(409);
  });

  it("refuses self-approval unless an admin allows it", async () => {
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(editor);
    const created = await createCorrection(editor, await editChange(article.id, "in summer", "this summer"));
    const refused = await failure(approveCorrection(editor, { correctionId: created.id }));
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/another editor/);
    await setSetting("allowSelfApproval", true);
    expect(await approveCorrection(editor, { correctionId: created.id })).toMatchObject({ status: "APPROVED", revision: 2 });
  });
});

describe("corrections: moved and conflicting text", () => {
  it("applies by context after other corrections moved the text", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const late = await createCorrection(reviewer, await editChange(article.id, "in summer", "by the end of summer"));
    const early = await createCorrection(reviewer, await editChange(article.id, "Repairs of the pumping station", "Repairs at the pumping station, delayed since 2021,"));
    await approveCorrection(editor, { correctionId: early.id });
    expect(await approveCorrection(editor, { correctionId: late.id })).toMatchObject({ status: "APPROVED", revision: 3 });
    const { text } = await currentText(article.id);
    expect(text).toContain("Repairs at the pumping station, delayed since 2021, will begin");
    expect(text).toContain("road to the station by the end of summer.");
  });

  it("goes to CONFLICT with a clear message when the corrected words changed since, and writes nothing", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const first = await createCorrection(reviewer, await editChange(article.id, "Residents of Shymkent are also waiting", "Shymkent residents are also waiting"));
    const second = await createCorrection(reviewer, await editChange(article.id, "Residents of Shymkent", "People of Shymkent"));
    await approveCorrection(editor, { correctionId: first.id });
    const result = await approveCorrection(editor, { correctionId: second.id });
    expect(result.status).toBe("CONFLICT");
    if (result.status !== "CONFLICT") return;
    expect(result.message).toMatch(/changed since this correction was made.*Residents of.*Redo the correction/s);
    expect(await getDb().correction.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "CONFLICT", decisionNote: result.message });
    const { number, text } = await currentText(article.id);
    expect(number).toBe(2);
    expect(text).toContain("Shymkent residents are also waiting");
  });
});

describe("corrections: concurrent approvals", () => {
  it("two editors approving different corrections of one article at once: one revision each, no edit lost", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editors = [await createTestUser("EDITOR"), await createTestUser("EDITOR")];
    const article = await importMangled(reviewer);
    const edits: [string, string][] = [
      ["in spring", "in early spring"],
      ["asked to lower", "asked the akimat to lower"],
      ["in autumn", "in the autumn"],
      ["are also waiting", "are waiting too"],
      ["in summer", "this summer"],
      ["percent full", "per cent full"],
    ];
    const corrections = [];
    for (const [find, replacement] of edits) corrections.push(await createCorrection(reviewer, await editChange(article.id, find, replacement)));
    const results = await Promise.all(corrections.map((c, i) => approveCorrection(editors[i % 2], { correctionId: c.id })));
    expect(results.every((r) => r.status === "APPROVED")).toBe(true);
    const numbers = results.map((r) => (r.status === "APPROVED" ? r.revision : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7]);
    const { text, number } = await currentText(article.id);
    expect(number).toBe(7);
    for (const [, replacement] of edits) expect(text).toContain(replacement);
    expect(await getDb().revision.count({ where: { articleId: article.id } })).toBe(7);
  });

  it("two editors approving the same correction at once: exactly one revision, the other is told it is decided", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const created = await createCorrection(reviewer, await editChange(article.id, "in summer", "this summer"));
    const outcomes = await Promise.allSettled([approveCorrection(await createTestUser("EDITOR"), { correctionId: created.id }), approveCorrection(await createTestUser("EDITOR"), { correctionId: created.id })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as UserError).status).toBe(409);
    expect(await getDb().revision.count({ where: { articleId: article.id } })).toBe(2);
  });
});

describe("revert", () => {
  it("brings back an earlier text as a new revision", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const original = (await currentText(article.id)).text;
    const created = await createCorrection(reviewer, await editChange(article.id, "in summer", "this summer"));
    await approveCorrection(editor, { correctionId: created.id });
    expect((await failure(revertToRevision(reviewer, { articleId: article.id, number: 1, expectedCurrent: 2 }))).status).toBe(403);
    expect((await failure(revertToRevision(editor, { articleId: article.id, number: 1, expectedCurrent: 1 }))).status).toBe(409);
    expect(await revertToRevision(editor, { articleId: article.id, number: 1, expectedCurrent: 2 })).toEqual({ revision: 3 });
    const revision = await getDb().revision.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: 3 } } });
    expect(revision).toMatchObject({ origin: "revert", revertedTo: 1, text: original, authorId: editor.id });
    expect(await getDb().revision.count({ where: { articleId: article.id } })).toBe(3);
  });

  it("gives readers the change log of the revision they are shown, not of a later one", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const created = await createCorrection(reviewer, await editChange(article.id, "in summer", "this summer"));
    await approveCorrection(editor, { correctionId: created.id });
    await revertToRevision(editor, { articleId: article.id, number: 1, expectedCurrent: 2 });
    // Asked after revision 3 exists: a page still showing revision 2 (kept per revision) must not list the revert.
    expect((await publicChangeLog(article.id, 2)).map((entry) => [entry.number, entry.kind])).toEqual([[2, "correction"]]);
    const latest = await publicChangeLog(article.id, 3);
    expect(latest.map((entry) => [entry.number, entry.kind, entry.revertedTo])).toEqual([[3, "revert", 1], [2, "correction", null]]);
    expect(latest[1].changes.map((change) => [change.before.includes("in summer"), change.after.includes("this summer")])).toEqual([[true, true]]);
    expect(await publicChangeLog(article.id, 1)).toEqual([]);
  });
});
