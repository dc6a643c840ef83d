import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseProvider, databaseUrl, getDb, migrationsFolder } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { importArticle } from "@/lib/import";
import { configurePublisherReporting, createReport, findOriginal, openReportsOn, reportCounts, triageReport } from "@/lib/reports";
import { dedupeKey } from "@/lib/reports/dedupe-key";
import { createTestUser } from "./factories";

const TARGET = (marker: string) =>
  `Minister Askara Umarova arrived in Astana ${marker}.\n\nIn Astana he met journalists and Kazakhstanthat was all.\n\nLater Askar Umarov left Astana.`;
const SOURCE = (marker: string) =>
  `Министр Аскар Умаров прибыл в Астану ${marker}.\n\nВ Астане он встретился с журналистами, и это было всё.\n\nПозже Аскар Умаров покинул Астану.`;

/** An article of its own (with its own publisher), imported by a throwaway user so that it is cleaned up. */
async function reportableArticle(publisher?: { allowedOrigins?: string; reportLimits?: string }) {
  const user = await createTestUser("REVIEWER");
  const marker = randomUUID().slice(0, 8);
  const name = `Publisher ${marker}`;
  const imported = await importArticle({ title: `Report test ${marker}`, source: SOURCE(marker), target: TARGET(marker), publisher: name, targetUrl: `https://news.example.kz/en/${marker}/story` }, { actorId: user.id });
  if (publisher) await getDb().publisher.update({ where: { name }, data: publisher });
  const text = TARGET(marker);
  const span = (needle: string) => {
    const start = text.indexOf(needle);
    return { selection: needle, start, end: start + needle.length, contextBefore: text.slice(Math.max(0, start - 60), start), contextAfter: text.slice(start + needle.length, start + needle.length + 60) };
  };
  return { ...imported, text, span, marker };
}

const reader = () => ({ clientHash: randomUUID().replace(/-/g, ""), crossOrigin: null });

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("createReport", () => {
  it("stores the selection at its offsets with the revision's own context, and plain text as sent", async () => {
    const article = await reportableArticle();
    const created = await createReport({ article: article.slug, revision: 1, ...article.span("Askara Umarova"), suggestion: "Askar Umarov", comment: "<script>alert(1)</script>", email: "reader@example.org" }, reader());
    const stored = await getDb().report.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ articleId: article.id, revision: 1, selection: "Askara Umarova", suggestion: "Askar Umarov", comment: "<script>alert(1)</script>", email: "reader@example.org", status: "NEW", readerCount: 1 });
    expect(article.text.slice(stored.start, stored.end)).toBe("Askara Umarova");
    expect(stored.contextBefore).toBe("Minister ");
    expect(stored.contextAfter.startsWith(" arrived in Astana")).toBe(true);
    expect(stored.clientHash).toMatch(/^[0-9a-f]{32}$/);
  });

  it("finds the article by the publisher's page address and relocates a selection whose offsets moved", async () => {
    const article = await reportableArticle();
    const span = article.span("Kazakhstanthat");
    const created = await createReport({ article: `https://news.example.kz/en/${article.marker}/story/?utm=x#top`, ...span, start: span.start + 5, end: span.end + 5 }, reader());
    const stored = await getDb().report.findUniqueOrThrow({ where: { id: created.id } });
    expect([stored.start, stored.end]).toEqual([span.start, span.end]);
  });

  it("counts a repeat of the same selection and suggestion as another reader, once per client", async () => {
    const article = await reportableArticle();
    const body = { article: article.id, ...article.span("Kazakhstanthat"), suggestion: "Kazakhstan that" };
    const first = reader();
    const a = await createReport(body, first);
    const b = await createReport({ ...body, email: "second@example.org", comment: "glued" }, reader());
    const again = await createReport(body, first);
    const c = await createReport(body, reader());
    expect(new Set([a.id, b.id, again.id, c.id]).size).toBe(1);
    expect(c.readers).toBe(3);
    const stored = await getDb().report.findUniqueOrThrow({ where: { id: a.id }, include: { readers: true } });
    expect(stored.readerCount).toBe(3);
    expect(stored.readers.map((r) => r.email)).toContain("second@example.org");

    const different = await createReport({ ...body, suggestion: "Kazakhstan, that" }, reader());
    expect(different.id).not.toBe(a.id);
  });

  it("makes a repeat of a report a reviewer set aside a new report, which reaches the inbox", async () => {
    const article = await reportableArticle();
    const body = { article: article.id, ...article.span("Kazakhstanthat"), suggestion: "Kazakhstan that" };
    const rejected = await createReport(body, reader());
    await getDb().report.update({ where: { id: rejected.id }, data: { status: "REJECTED" } });
    const repeat = await createReport({ ...body, comment: "still glued" }, reader());
    expect(repeat.id).not.toBe(rejected.id);
    const stored = await getDb().report.findUniqueOrThrow({ where: { id: repeat.id } });
    expect([stored.status, stored.comment, stored.readerCount]).toEqual(["NEW", "still glued", 1]);
    expect(await createReport(body, reader())).toMatchObject({ id: repeat.id, readers: 2 });
  });

  it("gives a reader who sends a report marked spam again the report they sent, not a new one", async () => {
    const article = await reportableArticle();
    const body = { article: article.id, ...article.span("Kazakhstanthat"), suggestion: "buy pills" };
    const spammer = reader();
    const spam = await createReport(body, spammer);
    await getDb().report.update({ where: { id: spam.id }, data: { status: "SPAM" } });
    expect(await createReport(body, spammer)).toMatchObject({ id: spam.id });
    expect(await getDb().report.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("refuses with 409 a selection that is no longer in the article, and one it cannot place", async () => {
    const article = await reportableArticle();
    const gone = await failure(createReport({ article: article.slug, selection: "Askara Umarova arrived in Almaty", start: 9, end: 41, contextBefore: "Minister ", contextAfter: "" }, reader()));
    expect(gone.status).toBe(409);
    expect(gone.message).toMatch(/no longer in the article/);
    const twice = await failure(createReport({ article: article.slug, selection: "Astana", contextBefore: "", contextAfter: "" }, reader()));
    expect(twice.status).toBe(409);
    expect(twice.message).toMatch(/several times/);
    expect(await getDb().report.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("says 404 for an unknown article and 400 for bad input, with messages", async () => {
    const missing = await failure(createReport({ article: "no-such-article-anywhere", selection: "x" }, reader()));
    expect(missing.status).toBe(404);
    const error = await createReport({ article: "x", selection: "y".repeat(301), email: "nope" }, reader()).catch((e: unknown) => e);
    expect((error as Error).name).toBe("ZodError");
  });

  it("keeps nothing when the honeypot is filled, yet answers as if it had", async () => {
    const article = await reportableArticle();
    const result = await createReport({ article: article.slug, ...article.span("Kazakhstanthat"), website: "http://spam.example" }, reader());
    expect(result.id).toBeTruthy();
    expect(await getDb().report.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("takes cross-origin reports only from the publisher's allowed origins", async () => {
    const article = await reportableArticle({ allowedOrigins: "https://news.example.kz\nhttps://m.news.example.kz" });
    const body = { article: article.slug, ...article.span("Kazakhstanthat") };
    const refused = await failure(createReport(body, { ...reader(), crossOrigin: "https://evil.example" }));
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/https:\/\/evil\.example/);
    await expect(createReport(body, { ...reader(), crossOrigin: "https://m.news.example.kz" })).resolves.toMatchObject({ readers: 1 });
  });

  it("limits a client per the publisher's limits with a 429 that says how long to wait; other clients go on", async () => {
    const article = await reportableArticle({ reportLimits: "2/10m" });
    const client = reader();
    const body = (word: string) => ({ article: article.slug, ...article.span(word) });
    await createReport(body("Kazakhstanthat"), client);
    await createReport(body("Askara Umarova"), client);
    const limited = await failure(createReport(body("journalists"), client));
    expect(limited.status).toBe(429);
    expect(limited.message).toMatch(/wait 10 minutes/);
    expect(limited.details?.retryAfter).toBeGreaterThan(590);
    await expect(createReport(body("journalists"), reader())).resolves.toBeTruthy();
  });
});

describe("createReport: identical first reports in the same instant", () => {
  const READERS = 20;
  const body = (article: Awaited<ReturnType<typeof reportableArticle>>) => ({ article: article.id, ...article.span("Kazakhstanthat"), suggestion: "Kazakhstan that" });
  /** Every reader sends the same report at once, each with a comment of their own. */
  const allAtOnce = (article: Awaited<ReturnType<typeof reportableArticle>>) =>
    Promise.all(Array.from({ length: READERS }, (_, i) => createReport({ ...body(article), comment: `reader ${i}` }, reader())));

  /** The article's one open report, with every reader counted once and every comment kept. */
  async function expectOneOpenReport(articleId: string, created: { id: string; readers: number }[]) {
    const open = await getDb().report.findMany({ where: { articleId, status: "NEW" }, include: { readers: true } });
    expect(open).toHaveLength(1);
    const [report] = open;
    expect(report.readerCount).toBe(READERS);
    expect(report.readers).toHaveLength(READERS - 1);
    expect(new Set(created.map((c) => c.id))).toEqual(new Set([report.id]));
    expect(created.map((c) => c.readers).sort((a, b) => a - b)).toEqual(Array.from({ length: READERS }, (_, i) => i + 1));
    expect(new Set([report.comment, ...report.readers.map((r) => r.comment)])).toEqual(new Set(Array.from({ length: READERS }, (_, i) => `reader ${i}`)));
    return report;
  }

  it("stores one report with every reader counted, round after round", async () => {
    for (let round = 0; round < 3; round++) {
      const article = await reportableArticle();
      const report = await expectOneOpenReport(article.id, await allAtOnce(article));
      expect(report.dedupeKey).toBe(dedupeKey(databaseProvider(databaseUrl()), article.id, { selection: "Kazakhstanthat", suggestion: "Kazakhstan that" }));
    }
  });

  it("after the report is set aside, makes exactly one new report of the next identical ones", async () => {
    const article = await reportableArticle();
    const first = await createReport(body(article), reader());
    await triageReport(await createTestUser("REVIEWER"), { reportId: first.id, status: "REJECTED" });
    const report = await expectOneOpenReport(article.id, await allAtOnce(article));
    expect(report.id).not.toBe(first.id);
    expect(await getDb().report.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "REJECTED", dedupeKey: null, readerCount: 1 });
  });

  it("joins an open report stored before the dedupe key existed, once the migration has given it its key", async () => {
    const article = await reportableArticle();
    const first = await createReport({ ...body(article), comment: "reader 0" }, reader());
    await getDb().report.update({ where: { id: first.id }, data: { dedupeKey: null } });
    await backfillDedupeKeys();
    const rest = await Promise.all(Array.from({ length: READERS - 1 }, (_, i) => createReport({ ...body(article), comment: `reader ${i + 1}` }, reader())));
    await expectOneOpenReport(article.id, [first, ...rest]);
  });
});

/** Runs the migration that gave reports from before the dedupe key theirs (idempotent: it only fills in what is missing). */
async function backfillDedupeKeys() {
  const folder = migrationsFolder(databaseProvider(databaseUrl()));
  const name = fs.readdirSync(folder).find((entry) => entry.endsWith("_report_dedupe_key_backfill"))!;
  const sql = fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");
  for (const statement of sql.split(/;\s*$/m).filter((part) => /^\s*UPDATE/m.test(part))) await getDb().$executeRawUnsafe(statement);
}

describe("the dedupe key backfill migration", () => {
  it("gives one report of each selection and suggestion the key createReport computes, whatever their characters", async () => {
    const article = await reportableArticle();
    const texts: Array<{ selection: string; suggestion: string | null }> = [
      { selection: "Kazakhstanthat", suggestion: null },
      { selection: 'Askara "Umarova"', suggestion: "Askar \\ Umarov\n\tё 😀 \u2028" },
      { selection: "Astana", suggestion: "Астана, 'that'" },
    ];
    const rows = [];
    for (const text of texts) {
      // Two reports from before the key (an open one and one set aside after it), in the order they came.
      for (const status of ["NEW", "REJECTED"] as const) {
        rows.push(await getDb().report.create({ data: { articleId: article.id, revision: 1, ...text, start: 0, end: 1, contextBefore: "", contextAfter: "", clientHash: randomUUID(), status } }));
      }
    }
    // A key in the form every report had before the migration (what PostgreSQL keeps).
    const keyed = await createReport({ article: article.id, ...article.span("journalists"), suggestion: "reporters" }, reader());
    await getDb().report.update({ where: { id: keyed.id }, data: { dedupeKey: dedupeKey("postgresql", article.id, { selection: "journalists", suggestion: "reporters" }) } });
    texts.push({ selection: "journalists", suggestion: "reporters" });
    await backfillDedupeKeys();
    const stored = await getDb().report.findMany({ where: { articleId: article.id }, orderBy: { id: "asc" } });
    for (const text of texts) {
      const group = stored.filter((row) => row.selection === text.selection);
      expect(group.filter((row) => row.dedupeKey !== null).map((row) => row.dedupeKey)).toEqual([dedupeKey(databaseProvider(databaseUrl()), article.id, text)]);
    }
    // A repeat now joins the open one instead of making a second.
    const joined = await createReport({ article: article.id, ...article.span("Kazakhstanthat") }, reader());
    expect(joined.id).toBe(rows[0].id);
    expect(joined.readers).toBe(2);
  });
});

describe("triageReport and openReportsOn", () => {
  it("changes the status with an audit row, refuses readers without a role, and places open reports on the text", async () => {
    const article = await reportableArticle();
    const reviewer = await createTestUser("REVIEWER");
    const { id } = await createReport({ article: article.slug, ...article.span("Kazakhstanthat") }, reader());
    const spam = await createReport({ article: article.slug, ...article.span("journalists") }, reader());

    await triageReport(reviewer, { reportId: spam.id, status: "SPAM" });
    await triageReport(reviewer, { reportId: id, status: "ACCEPTED" });
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { entityId: id, action: "report.triaged" } });
    expect(audit).toMatchObject({ actorId: reviewer.id, before: { status: "NEW" }, after: { status: "ACCEPTED" } });
    expect(await reportCounts(article.id)).toMatchObject({ NEW: 0, ACCEPTED: 1, SPAM: 1 });

    const open = await openReportsOn(article.id, { number: 1, text: article.text });
    expect(open.map((r) => [r.id, r.at])).toEqual([[id, { start: article.span("Kazakhstanthat").start, end: article.span("Kazakhstanthat").end }]]);
    const moved = await openReportsOn(article.id, { number: 2, text: `Breaking. ${article.text}` });
    expect(moved[0].at?.start).toBe(article.span("Kazakhstanthat").start + 10);
    const fixed = await openReportsOn(article.id, { number: 2, text: article.text.replace("Kazakhstanthat", "Kazakhstan that") });
    expect(fixed[0].at).toBeNull();

    const outsider = { ...reviewer, role: "READER" as never };
    await expect(triageReport(outsider, { reportId: id, status: "REJECTED" })).rejects.toMatchObject({ status: 403 });
    await expect(triageReport(reviewer, { reportId: id, status: "RESOLVED" as never })).rejects.toThrow();
  });

  it("two reviewers triaging one report at once: each change starts from the status the last one left", async () => {
    const article = await reportableArticle();
    const [first, second] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER")]);
    for (const words of ["Minister", "arrived", "journalists", "Kazakhstanthat", "Later"]) {
      const { id } = await createReport({ article: article.slug, ...article.span(words) }, reader());
      const outcomes = await Promise.allSettled([triageReport(first, { reportId: id, status: "ACCEPTED" }), triageReport(second, { reportId: id, status: "SPAM" })]);
      for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ status: 409 });
      const audits = await getDb().auditEntry.findMany({ where: { entityId: id, action: "report.triaged" }, select: { before: true, after: true } });
      expect(audits).toHaveLength(outcomes.filter((o) => o.status === "fulfilled").length);
      // Follow the trail from NEW: no two changes may start from the same status (one would have overwritten the other).
      let status = "NEW";
      for (let step = 0; step < audits.length; step++) {
        const next = audits.find((audit) => (audit.before as { status: string }).status === status);
        expect(next, `${words}: a change from ${status}`).toBeDefined();
        status = (next!.after as { status: string }).status;
      }
      expect((await getDb().report.findUniqueOrThrow({ where: { id } })).status).toBe(status);
    }
  });
});

describe("findOriginal", () => {
  it("gives the original sentence aligned with a selection found by its text, for allowed origins only", async () => {
    const article = await reportableArticle({ allowedOrigins: "https://news.example.kz" });
    const original = await findOriginal({ article: `https://news.example.kz/en/${article.marker}/story`, selection: "Kazakhstanthat", contextBefore: "met journalists and ", contextAfter: " was all" }, { ...reader(), crossOrigin: "https://news.example.kz" });
    expect(original).toBe("В Астане он встретился с журналистами, и это было всё.");
    expect((await failure(findOriginal({ article: article.slug, selection: "Kazakhstanthat" }, { ...reader(), crossOrigin: "https://elsewhere.example" }))).status).toBe(403);
    expect((await failure(findOriginal({ article: article.slug, selection: "not in the text" }, reader()))).status).toBe(409);
  });
});

describe("configurePublisherReporting", () => {
  it("stores normalised origins and limits with an audit row, and refuses what it cannot read", async () => {
    const admin = await createTestUser("ADMIN");
    const article = await reportableArticle();
    const { publisher } = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { publisher: true } });
    const saved = await configurePublisherReporting(admin, { publisherId: publisher!.id, allowedOrigins: "https://News.Example.kz/en/\nhttps://news.example.kz\n\nhttp://localhost:4000", reportLimits: "3/300s, 10/1h" });
    expect(saved).toEqual({ allowedOrigins: "https://news.example.kz\nhttp://localhost:4000", reportLimits: "3/5m, 10/1h" });
    expect(await getDb().auditEntry.count({ where: { entityId: publisher!.id, action: "publisher.reporting-changed", actorId: admin.id } })).toBe(1);

    const badOrigin = await failure(configurePublisherReporting(admin, { publisherId: publisher!.id, allowedOrigins: "news.example.kz", reportLimits: "" }));
    expect(badOrigin.message).toMatch(/Not a site origin.*news\.example\.kz/);
    const badLimits = await failure(configurePublisherReporting(admin, { publisherId: publisher!.id, allowedOrigins: "", reportLimits: "lots" }));
    expect(badLimits.message).toMatch(/“lots” is not a limit/);
    const reviewer = await createTestUser("REVIEWER");
    expect((await failure(configurePublisherReporting(reviewer, { publisherId: publisher!.id, allowedOrigins: "", reportLimits: "" }))).status).toBe(403);
    const cleared = await configurePublisherReporting(admin, { publisherId: publisher!.id, allowedOrigins: "", reportLimits: "" });
    expect(cleared).toEqual({ allowedOrigins: "", reportLimits: null });
  });
});
