import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseProvider, databaseUrl, getDb } from "@/lib/db";
import { sqliteFilePath } from "@/lib/db/url.mjs";
import { post } from "./client";
import { importArticle, signedInUser } from "./fixtures";
import { CLUSTER_PORT, startServer, type Server } from "./servers";

const PORT = CLUSTER_PORT + 2;
/** Acknowledged requests after which the server is killed: the burst is then well under way, with more in flight. */
const KILL_AFTER = 60;
const IN_FLIGHT = 8;

/** An answer that is not a success: none is expected in the burst (only requests the kill cuts short). */
type Refused = { status: number; body: unknown };

type Acknowledged =
  | { kind: "report"; id: string }
  | { kind: "correction"; id: string }
  | { kind: "approval"; correctionId: string; revision: number };

const provider = databaseProvider(databaseUrl());

describe(`kill -9 in the middle of a burst of writes (${provider})`, () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(PORT);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("loses no write the server acknowledged, and starts again on the same database", async () => {
    const reviewer = await signedInUser("REVIEWER", server.baseURL);
    const editor = await signedInUser("EDITOR", server.baseURL);
    const reported = await importArticle(server.baseURL, reviewer.cookie);
    const corrected = await importArticle(server.baseURL, reviewer.cookie);
    // Pending corrections to approve during the burst: one per article, so that approvals never conflict.
    const pending: string[] = [];
    for (let i = 0; i < 6; i++) {
      const article = await importArticle(server.baseURL, reviewer.cookie);
      const created = await post<{ id: string }>(server.baseURL, "/api/corrections", article.edit("Askara Umarova", "Askar Umarov"), { cookie: reviewer.cookie });
      expect(created.status).toBe(201);
      pending.push(created.body.id);
    }

    // The burst: reports from many readers, corrections and approvals, mixed, IN_FLIGHT at a time.
    const refused: Refused[] = [];
    const requests: (() => Promise<Acknowledged | null>)[] = [];
    const ok = <T,>(reply: { status: number; body: T }, status: number) => {
      if (reply.status === status) return true;
      refused.push(reply);
      return false;
    };
    for (let i = 0; i < 200; i++) {
      requests.push(async () => {
        const reply = await post<{ id: string }>(server.baseURL, "/api/reports", reported.report("Askara Umarova", `Askar Umarov ${i}`), { forwardedFor: `198.51.100.${i % 250}` });
        return ok(reply, 201) ? { kind: "report", id: reply.body.id } : null;
      });
      if (i % 4 === 0) {
        requests.push(async () => {
          const reply = await post<{ id: string }>(server.baseURL, "/api/corrections", corrected.edit("the reservoir", `the reservoir no. ${i}`), { cookie: reviewer.cookie });
          return ok(reply, 201) ? { kind: "correction", id: reply.body.id } : null;
        });
      }
      // Spread over the burst: some approvals land before the kill, some are cut short by it.
      const correctionId = i % 30 === 0 ? pending[i / 30] : undefined;
      if (correctionId) {
        requests.push(async () => {
          const reply = await post<{ status: string; revision: number }>(server.baseURL, `/api/corrections/${correctionId}`, { action: "approve" }, { cookie: editor.cookie });
          return ok(reply, 200) ? { kind: "approval", correctionId, revision: reply.body.revision } : null;
        });
      }
    }
    const acknowledged: Acknowledged[] = [];
    let unanswered = 0;
    let killed: Promise<void> | undefined;
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++];
        try {
          const ack = await request();
          if (ack) acknowledged.push(ack);
        } catch {
          unanswered++; // the connection died with the server: not acknowledged, so the client must retry
        }
        if (acknowledged.length >= KILL_AFTER) killed ??= server.crash();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    await killed;
    expect(refused).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(unanswered, "the kill cut requests short").toBeGreaterThan(0);
    expect(new Set(acknowledged.map((ack) => ack.kind))).toEqual(new Set(["report", "correction", "approval"]));

    if (provider === "sqlite") {
      // Read-write: after a kill mid-write the WAL index may need the recovery a read-only connection cannot run.
      const db = new Database(sqliteFilePath(databaseUrl()), { fileMustExist: true });
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      db.close();
    }
    server = await startServer(PORT);
    const missing: Acknowledged[] = [];
    for (const ack of acknowledged) {
      const found =
        ack.kind === "report"
          ? await getDb().report.count({ where: { id: ack.id } })
          : ack.kind === "correction"
            ? await getDb().correction.count({ where: { id: ack.id } })
            : await getDb().revision.count({ where: { correctionId: ack.correctionId, number: ack.revision, correction: { status: "APPROVED" } } });
      if (found !== 1) missing.push(ack);
    }
    expect(missing, `acknowledged writes missing after the crash (of ${acknowledged.length})`).toEqual([]);
    const count = (kind: Acknowledged["kind"]) => acknowledged.filter((ack) => ack.kind === kind).length;
    console.log(`crash (${provider}): killed after ${acknowledged.length} acknowledged writes (${count("report")} reports, ${count("correction")} corrections, ${count("approval")} approvals) with ${unanswered} cut short; every acknowledged one is there after the restart`);
    // The restarted server takes writes again.
    expect((await post(server.baseURL, "/api/reports", reported.report("Askara Umarova", "after the restart"), { forwardedFor: "192.0.2.1" })).status).toBe(201);
  });
});
