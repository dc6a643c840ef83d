import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseProvider, databaseUrl, getDb } from "@/lib/db";
import { currentText } from "../db/correction-fixtures";
import { call, post, signOut } from "./client";
import { importArticle, signedInUser } from "./fixtures";
import { CLUSTER_PORT, startServer, type Server } from "./servers";

// Several instances share one database, which only PostgreSQL serves over the network: on SQLite, say so and skip.
const onPostgres = databaseProvider(databaseUrl()) === "postgresql";
if (!onPostgres) console.log("cluster: the two-instance tests are skipped: they need PostgreSQL (DATABASE_URL=postgresql://…); SQLite serves one machine.");

describe.skipIf(!onPostgres)("two `next start` instances on one PostgreSQL", () => {
  let a: Server;
  let b: Server;
  beforeAll(async () => {
    [a, b] = await Promise.all([startServer(CLUSTER_PORT), startServer(CLUSTER_PORT + 1)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("a session signed in on A works on B, for reading and for writing, until it signs out on A", async () => {
    const reviewer = await signedInUser("REVIEWER", a.baseURL);
    const session = await call<{ user?: { email: string; role: string } }>(b.baseURL, "GET", "/api/auth/session", undefined, { cookie: reviewer.cookie });
    expect(session.body.user).toMatchObject({ email: reviewer.email, role: "REVIEWER" });
    const article = await importArticle(b.baseURL, reviewer.cookie);
    expect(await getDb().article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ importedById: reviewer.id });
    expect((await post(b.baseURL, "/api/articles", {}, {})).status).toBe(401);
    // Signing out on A ends the session on B too: the session version lives in the database.
    await signOut(a.baseURL, reviewer.cookie);
    expect((await post(b.baseURL, "/api/articles", {}, { cookie: reviewer.cookie })).status).toBe(401);
  });

  it("a reader's report budget spent on A is spent on B too; another reader's is not", async () => {
    const reviewer = await signedInUser("REVIEWER", a.baseURL);
    const article = await importArticle(a.baseURL, reviewer.cookie);
    await getDb().publisher.update({ where: { name: article.publisher }, data: { reportLimits: "3/10m" } });
    const reader = { forwardedFor: "203.0.113.7" };
    for (const suggestion of ["Askar Umarov", "Askar Umarov.", "Mr Askar Umarov"]) {
      expect((await post(a.baseURL, "/api/reports", article.report("Askara Umarova", suggestion), reader)).status).toBe(201);
    }
    const refused = await post(b.baseURL, "/api/reports", article.report("Askara Umarova", "A. Umarov"), reader);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatch(/Please wait/);
    expect((await post(b.baseURL, "/api/reports", article.report("Askara Umarova", "A. Umarov"), { forwardedFor: "203.0.113.8" })).status).toBe(201);
    expect(await getDb().report.count({ where: { articleId: article.id } })).toBe(4);
  });

  it("the same report sent to A and then B is one report, with both readers counted once", async () => {
    const reviewer = await signedInUser("REVIEWER", a.baseURL);
    const article = await importArticle(a.baseURL, reviewer.cookie);
    const body = article.report("Askara Umarova", "Askar Umarov");
    const first = await post<{ id: string; readers: number }>(a.baseURL, "/api/reports", body, { forwardedFor: "198.51.100.1" });
    const second = await post<{ id: string; readers: number }>(b.baseURL, "/api/reports", body, { forwardedFor: "198.51.100.2" });
    const again = await post<{ id: string; readers: number }>(b.baseURL, "/api/reports", body, { forwardedFor: "198.51.100.1" });
    expect([first.status, second.status, again.status]).toEqual([201, 201, 201]);
    expect(first.body).toMatchObject({ readers: 1 });
    expect(second.body).toEqual({ id: first.body.id, readers: 2 });
    expect(again.body).toEqual({ id: first.body.id, readers: 2 });
    const reports = await getDb().report.findMany({ where: { articleId: article.id }, include: { readers: true } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ readerCount: 2 });
    expect(reports[0].readers).toHaveLength(1);
  });

  it("identical first reports sent to A and to B in the same instant make one report, both readers counted", async () => {
    const reviewer = await signedInUser("REVIEWER", a.baseURL);
    const article = await importArticle(a.baseURL, reviewer.cookie);
    // Many pairs, each a first report of its own suggestion, so that the two requests really meet.
    const PAIRS = 20;
    for (let pair = 0; pair < PAIRS; pair++) {
      const body = article.report("Askara Umarova", `Askar Umarov ${pair}`);
      const send = (server: Server, reader: number) => post<{ id: string; readers: number }>(server.baseURL, "/api/reports", body, { forwardedFor: `198.51.100.${100 + pair * 2 + reader}` });
      const replies = await Promise.all([send(a, 0), send(b, 1)]);
      expect(replies.map((reply) => reply.status)).toEqual([201, 201]);
      expect(replies[1].body.id).toBe(replies[0].body.id);
      expect(replies.map((reply) => reply.body.readers).sort()).toEqual([1, 2]);
    }
    const reports = await getDb().report.findMany({ where: { articleId: article.id }, include: { readers: true } });
    expect(reports).toHaveLength(PAIRS);
    for (const report of reports) expect([report.readerCount, report.readers.length]).toEqual([2, 1]);
  });

  it("two approvals of one correction at once, on A and on B: one revision, and a clean 409 for the other", async () => {
    const reviewer = await signedInUser("REVIEWER", a.baseURL);
    const [editorA, editorB] = [await signedInUser("EDITOR", a.baseURL), await signedInUser("EDITOR", b.baseURL)];
    const article = await importArticle(a.baseURL, reviewer.cookie);
    // Several rounds on different sentences, so that the two requests really meet more than once.
    const rounds = [["Repairs of the pumping station", "Repair of the pumping station"], ["Farmers of the region", "The region's farmers"], ["The builders will finish", "Builders will finish"]];
    for (const [round, [phrase, text]] of rounds.entries()) {
      const { text: current, number: currentRevision } = await currentText(article.id);
      const start = current.indexOf(phrase);
      const created = await post<{ id: string }>(a.baseURL, "/api/corrections", { articleId: article.id, baseRevision: currentRevision, change: { kind: "edit", start, end: start + phrase.length, text } }, { cookie: reviewer.cookie });
      expect(created.status).toBe(201);
      const approve = (server: Server, cookie: string) => post(server.baseURL, `/api/corrections/${created.body.id}`, { action: "approve" }, { cookie });
      const replies = await Promise.all([approve(a, editorA.cookie), approve(b, editorB.cookie)]);
      expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
      const [won, lost] = replies[0].status === 200 ? replies : [replies[1], replies[0]];
      expect(won.body).toMatchObject({ status: "APPROVED", revision: round + 2 });
      expect(lost.body.error).toMatch(/not waiting for approval \(it is approved\)/);
      expect(await getDb().revision.count({ where: { correctionId: created.body.id } })).toBe(1);
    }
    const revisions = await getDb().revision.findMany({ where: { articleId: article.id }, orderBy: { number: "asc" } });
    expect(revisions.map((revision) => revision.number)).toEqual([1, 2, 3, 4]);
    expect(revisions.at(-1)!.text).toContain("Builders will finish");
    expect(revisions.at(-1)!.text).toContain("Repair of the pumping station");
  });

  it("background jobs started on A and on B, which both run jobs, each run once: no item twice, none left", async () => {
    const reviewer = await signedInUser("REVIEWER", a.baseURL);
    for (let i = 0; i < 3; i++) await importArticle(i % 2 ? b.baseURL : a.baseURL, reviewer.cookie);
    // Four jobs at once, two queued on each instance; each editor's re-check is told apart by its audit rows.
    const sources = ["Умаров", "Аскар", "Туркестан", "Шымкент"];
    const editors = await Promise.all(sources.map((_, i) => signedInUser("EDITOR", i % 2 ? b.baseURL : a.baseURL)));
    const started = await Promise.all(sources.map((source, i) => post<{ id: string }>(i % 2 ? b.baseURL : a.baseURL, "/api/jobs", { kind: "glossary-recheck", source }, { cookie: editors[i].cookie })));
    expect(started.map((reply) => reply.status)).toEqual([202, 202, 202, 202]);
    const ids = started.map((reply) => reply.body.id);
    await expect.poll(async () => (await getDb().job.findMany({ where: { id: { in: ids } } })).map((job) => job.status), { timeout: 100_000, interval: 500 }).toEqual(["DONE", "DONE", "DONE", "DONE"]);
    for (const [i, id] of ids.entries()) {
      const job = (await call<{ total: number; done: number; failed: number }>(b.baseURL, "GET", `/api/jobs/${id}`, undefined, { cookie: reviewer.cookie })).body;
      expect(job.total).toBeGreaterThanOrEqual(3);
      expect(job).toMatchObject({ done: job.total, failed: 0 });
      const reruns = await getDb().auditEntry.findMany({ where: { action: "checks.rerun", actorId: editors[i].id }, select: { entityId: true } });
      expect(reruns).toHaveLength(job.total);
      expect(new Set(reruns.map((entry) => entry.entityId)).size, "no article re-checked twice by one job").toBe(job.total);
    }
  }, 180_000);
});
