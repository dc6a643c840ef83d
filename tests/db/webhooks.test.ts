import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { createClient, databaseUrl, getDb, type Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { MAX_ATTEMPTS, OutboxDispatcher, RETRY_DELAYS_MS } from "@/lib/outbox";
import { createReport } from "@/lib/reports";
import { createWebhook, DELIVERY_LOG_DAYS_ENV, deleteWebhook, deliverDueWebhooks, pruneDeliveredWebhooks, queueWebhookEvent, redeliverWebhook, setWebhookEnabled, UNSUBSCRIBED_TTL_MS, verifySignature, type WebhookBody, type WebhookEvent } from "@/lib/webhooks";
import { currentText, editChange, importMangled } from "./correction-fixtures";
import { createTestUser } from "./factories";

/** The test environment lets webhooks reach the receiver on 127.0.0.1 (README: Webhooks). */
const LOOPBACK_ALLOWED = { WEBHOOK_ALLOW_PRIVATE_URLS: "1" };

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Whether the signature header signed this body with the webhook's secret, by the receiver's own clock. */
  verified: boolean;
}

// A real HTTP receiver: it checks each delivery's signature with the secret of the webhook its path names, and
// answers with the next status of that path's script (200 once the script is used up).
const received: Received[] = [];
const scripts = new Map<string, number[]>();
const secrets = new Map<string, string>();
const receiver = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const path = request.url ?? "/";
    received.push({ path, headers: request.headers, body, verified: verifySignature(secrets.get(path) ?? "", body, request.headers["errata-signature"] as string) });
    response.statusCode = scripts.get(path)?.shift() ?? 200;
    response.end(response.statusCode === 200 ? "ok" : "receiver is down");
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const hooks: string[] = [];
afterEach(async () => {
  // Deliveries go with their webhook: later tests (and files) see none of these.
  await getDb().webhook.deleteMany({ where: { id: { in: hooks.splice(0) } } });
  received.length = 0;
  scripts.clear();
});

async function hook(events: WebhookEvent[], options: { path?: string; answers?: number[]; enabled?: boolean } = {}) {
  const admin = await createTestUser("ADMIN");
  const path = options.path ?? `/hook-${hooks.length}-${Math.random().toString(36).slice(2, 8)}`;
  const webhook = await createWebhook(admin, { url: `${base}${path}`, events }, LOOPBACK_ALLOWED);
  hooks.push(webhook.id);
  secrets.set(path, webhook.secret);
  if (options.answers) scripts.set(path, [...options.answers]);
  if (options.enabled === false) await setWebhookEnabled(admin, { webhookId: webhook.id, enabled: false });
  return { ...webhook, path, admin };
}

async function approvedCorrection() {
  const reviewer = await createTestUser("REVIEWER");
  const editor = await createTestUser("EDITOR");
  const article = await importMangled(reviewer);
  const correction = await createCorrection(reviewer, await editChange(article.id, "Askara Umarova", "Askar Umarov"));
  await approveCorrection(editor, { correctionId: correction.id });
  return { article, correction, editor, reviewer };
}

const deliveriesOf = (webhookId: string) => getDb().webhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: "asc" } });

describe("webhook deliveries are written with their event", () => {
  it("approving a correction writes one delivery per enabled webhook subscribed to it, none for a disabled one", async () => {
    const approvals = await hook(["correction.approved"]);
    const both = await hook(["correction.approved", "revision.created"]);
    const disabled = await hook(["correction.approved", "revision.created"], { enabled: false });
    const reportsOnly = await hook(["report.received"]);

    const { article, correction, editor, reviewer } = await approvedCorrection();

    const [approval] = await deliveriesOf(approvals.id);
    expect(await deliveriesOf(approvals.id)).toHaveLength(1);
    expect(approval).toMatchObject({ event: "correction.approved", status: "PENDING", attempts: 0 });
    const body = JSON.parse(approval.payload) as WebhookBody<"correction.approved">;
    expect(body).toMatchObject({
      event: "correction.approved",
      data: { article: { id: article.id, slug: article.slug, title: article.title }, correction: { id: correction.id, authorId: reviewer.id, approverId: editor.id }, revision: 2, resolvedReports: [] },
    });
    // revision.created too, for the import's revision 1 and the approval's revision 2 (with its text); a body is
    // the same for every webhook told of one event.
    const bothEvents = await deliveriesOf(both.id);
    expect(bothEvents.map((d) => d.event).sort()).toEqual(["correction.approved", "revision.created", "revision.created"]);
    expect(bothEvents.find((d) => d.event === "correction.approved")!.payload).toBe(approval.payload);
    const revisions = bothEvents.filter((d) => d.event === "revision.created").map((d) => (JSON.parse(d.payload) as WebhookBody<"revision.created">).data.revision);
    expect(revisions.map((r) => [r.number, r.origin]).sort()).toEqual([[1, "import"], [2, "correction"]]);
    expect(revisions.find((r) => r.number === 2)).toMatchObject({ correctionId: correction.id, approverId: editor.id, text: (await currentText(article.id)).text });
    expect(await deliveriesOf(disabled.id)).toEqual([]);
    expect(await deliveriesOf(reportsOnly.id)).toEqual([]);
  });

  it("deliveries commit with their event's transaction, or not at all", async () => {
    const webhook = await hook(["report.received"]);
    const failure = await getDb().$transaction(async (tx) => {
      expect(await queueWebhookEvent(tx, "report.received", () => { throw new Error("never built"); })).toBe(1);
      throw new Error("the event failed");
    }).catch((error: Error) => error.message);
    expect(failure).toBe("never built");
    const rolledBack = await getDb().$transaction(async (tx) => {
      await queueWebhookEvent(tx, "report.received", () => ({ article: {} as never, report: {} as never }));
      throw new Error("the event failed");
    }).catch((error: Error) => error.message);
    expect(rolledBack).toBe("the event failed");
    expect(await deliveriesOf(webhook.id)).toEqual([]);
  });

  it("a new reader report is an event (without the reader's email); another reader joining it is not", async () => {
    const webhook = await hook(["report.received"]);
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const { text } = await currentText(article.id);
    const at = text.lastIndexOf("Askara Umarova");
    const body = { article: article.slug, revision: 1, selection: "Askara Umarova", start: at, end: at + 14, contextBefore: text.slice(at - 40, at), contextAfter: text.slice(at + 14, at + 54), suggestion: "Askar Umarov", email: "reader@example.org", comment: "wrong case" };
    const report = await createReport(body, { clientHash: "first-reader", crossOrigin: null });
    await createReport(body, { clientHash: "second-reader", crossOrigin: null });
    const deliveries = await deliveriesOf(webhook.id);
    expect(deliveries).toHaveLength(1);
    const sent = JSON.parse(deliveries[0].payload) as WebhookBody<"report.received">;
    expect(sent.data).toMatchObject({ article: { id: article.id }, report: { id: report.id, revision: 1, selection: "Askara Umarova", suggestion: "Askar Umarov", comment: "wrong case", start: at, end: at + 14 } });
    expect(deliveries[0].payload).not.toContain("reader@example.org");
    // The time it was stored, as stored (the row is written with raw SQL).
    expect(sent.data.report.createdAt).toBe((await getDb().report.findUniqueOrThrow({ where: { id: report.id } })).createdAt.toISOString());
  });
});

describe("which webhooks receive an event", () => {
  const queue = () => getDb().$transaction((tx) => queueWebhookEvent(tx, "report.received", () => ({ article: {} as never, report: {} as never })));

  it("remembers for a few seconds that none does: one created or enabled here counts at once, one made elsewhere within the time", async () => {
    await hook(["correction.approved"]);
    expect(await queue()).toBe(0);
    // Another instance's webhook (written straight into the table): this instance learns of it when its memory expires.
    const elsewhere = await getDb().webhook.create({ data: { url: `${base}/elsewhere`, events: "report.received", secret: "elsewhere" } });
    hooks.push(elsewhere.id);
    expect(await queue()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, UNSUBSCRIBED_TTL_MS + 100));
    expect(await queue()).toBe(1);

    const { admin } = await hook(["correction.approved"]);
    await setWebhookEnabled(admin, { webhookId: elsewhere.id, enabled: false });
    expect(await queue()).toBe(0);
    await hook(["report.received"]);
    expect(await queue()).toBe(1);
    await setWebhookEnabled(admin, { webhookId: elsewhere.id, enabled: true });
    expect(await queue()).toBe(2);
    // With a subscriber the table is read each time: a deleted webhook gets nothing, at once.
    await getDb().webhook.delete({ where: { id: elsewhere.id } });
    expect(await queue()).toBe(1);
  });
});

describe("the dispatcher", () => {
  const fresh: Db[] = [];
  afterAll(() => Promise.all(fresh.map((db) => db.$disconnect())));
  const newClient = () => {
    const db = createClient(databaseUrl());
    fresh.push(db);
    return db;
  };

  it("POSTs a signed delivery, retries it after a 500 with backoff, and a restarted dispatcher on a fresh client delivers it", async () => {
    const webhook = await hook(["revision.created"], { answers: [500] });
    const reviewer = await createTestUser("REVIEWER");
    const article = await importMangled(reviewer);
    const [pending] = await deliveriesOf(webhook.id);
    const t0 = new Date();

    // The first process: the receiver answers 500, the delivery is kept for a retry in a minute.
    const before = newClient();
    expect(await deliverDueWebhooks({ db: before, env: LOOPBACK_ALLOWED, now: () => t0 })).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    const afterFailure = await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: pending.id } });
    expect(afterFailure).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500: receiver is down" });
    expect(afterFailure.nextAttemptAt.getTime()).toBe(t0.getTime() + RETRY_DELAYS_MS[0]);
    // Not due yet: nothing is sent before the wait is over.
    expect(await deliverDueWebhooks({ db: before, env: LOOPBACK_ALLOWED, now: () => new Date(t0.getTime() + 30_000) })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    await before.$disconnect();

    // A restart: a new dispatcher on a new client finds the delivery in the database once it is due.
    const after = newClient();
    const t1 = new Date(t0.getTime() + RETRY_DELAYS_MS[0] + 1000);
    await new OutboxDispatcher({ webhooks: () => deliverDueWebhooks({ db: after, env: LOOPBACK_ALLOWED, now: () => t1 }) }).nudge();
    expect(await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "DELIVERED", attempts: 2, lastStatusCode: 200, lastError: null, deliveredAt: t1 });

    expect(received).toHaveLength(2);
    for (const request of received) {
      expect(request).toMatchObject({ path: webhook.path, verified: true, body: pending.payload });
      expect(request.headers).toMatchObject({ "content-type": "application/json", "errata-event": "revision.created", "errata-delivery": pending.id });
    }
    // Each attempt is signed when it is sent.
    expect(received.map((r) => /t=(\d+)/.exec(r.headers["errata-signature"] as string)![1])).toEqual([String(Math.floor(t0.getTime() / 1000)), String(Math.floor(t1.getTime() / 1000))]);
    expect(JSON.parse(received[0].body)).toMatchObject({ event: "revision.created", data: { article: { id: article.id }, revision: { number: 1, origin: "import" } } });
    // Another run sends nothing more.
    expect(await deliverDueWebhooks({ db: after, env: LOOPBACK_ALLOWED, now: () => new Date(t1.getTime() + 86_400_000) })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
  });

  it("two dispatchers at once (two instances) send a delivery once", async () => {
    const webhook = await hook(["revision.created"]);
    await importMangled(await createTestUser("REVIEWER"));
    const [a, b] = [newClient(), newClient()];
    const tallies = await Promise.all([deliverDueWebhooks({ db: a, env: LOOPBACK_ALLOWED }), deliverDueWebhooks({ db: b, env: LOOPBACK_ALLOWED })]);
    expect(tallies.reduce((sum, tally) => sum + tally.delivered, 0)).toBe(1);
    expect(received.filter((r) => r.path === webhook.path)).toHaveLength(1);
  });

  it("waits 1, 5, 30 minutes … between attempts and fails the delivery after the last", async () => {
    const webhook = await hook(["revision.created"], { answers: Array(MAX_ATTEMPTS).fill(503) });
    await importMangled(await createTestUser("REVIEWER"));
    const [delivery] = await deliveriesOf(webhook.id);
    let now = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const tally = await deliverDueWebhooks({ env: LOOPBACK_ALLOWED, now: () => now });
      const stored = await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(stored.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(tally).toEqual({ delivered: 0, retrying: 1, failed: 0 });
        waits.push(stored.nextAttemptAt.getTime() - now.getTime());
        now = stored.nextAttemptAt;
      } else {
        expect(tally).toEqual({ delivered: 0, retrying: 0, failed: 1 });
        expect(stored).toMatchObject({ status: "FAILED", lastStatusCode: 503 });
      }
    }
    expect(waits.map((ms) => ms / 60_000)).toEqual([1, 5, 30, 120, 360, 720, 1440]);
    expect(received).toHaveLength(MAX_ATTEMPTS);
  });

  it("redelivers on an admin's request: a new delivery with the same body; a disabled webhook's deliveries wait", async () => {
    const webhook = await hook(["revision.created"]);
    await importMangled(await createTestUser("REVIEWER"));
    expect(await deliverDueWebhooks({ env: LOOPBACK_ALLOWED })).toMatchObject({ delivered: 1 });
    const [first] = await deliveriesOf(webhook.id);

    await setWebhookEnabled(webhook.admin, { webhookId: webhook.id, enabled: false });
    const again = await redeliverWebhook(webhook.admin, { deliveryId: first.id });
    expect(await deliverDueWebhooks({ env: LOOPBACK_ALLOWED })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    await setWebhookEnabled(webhook.admin, { webhookId: webhook.id, enabled: true });
    expect(await deliverDueWebhooks({ env: LOOPBACK_ALLOWED })).toMatchObject({ delivered: 1 });

    expect(await getDb().webhookDelivery.findUniqueOrThrow({ where: { id: again.id } })).toMatchObject({ status: "DELIVERED", attempts: 1, payload: first.payload });
    expect(received.map((r) => r.headers["errata-delivery"])).toEqual([first.id, again.id]);
    expect(received[0].body).toBe(received[1].body);
    expect(await getDb().auditEntry.findFirst({ where: { action: "webhook.redelivered", entityId: again.id } })).not.toBeNull();
  });

  it("does not reach loopback or private addresses unless allowed: not at registration, not by a name that resolves there", async () => {
    const admin = await createTestUser("ADMIN");
    const refused = await createWebhook(admin, { url: `${base}/hook`, events: ["revision.created"] }, {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).message).toMatch(/WEBHOOK_ALLOW_PRIVATE_URLS=1/);

    // Registered while allowed, delivered after the setting was removed: refused when connecting.
    const literal = await hook(["revision.created"]);
    const named = await createWebhook(admin, { url: `${base.replace("127.0.0.1", "localhost")}/named`, events: ["revision.created"] }, LOOPBACK_ALLOWED);
    hooks.push(named.id);
    await importMangled(await createTestUser("REVIEWER"));
    expect(await deliverDueWebhooks({ env: {} })).toEqual({ delivered: 0, retrying: 2, failed: 0 });
    expect(received).toEqual([]);
    expect((await deliveriesOf(literal.id))[0].lastError).toMatch(/127\.0\.0\.1 is a private address/);
    expect((await deliveriesOf(named.id))[0].lastError).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a private address/);
  });

  it("admins only manage webhooks; deleting one removes its deliveries", async () => {
    const editor = await createTestUser("EDITOR");
    const error = await createWebhook(editor, { url: "https://cms.example.org/hook", events: ["report.received"] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403 });
    const webhook = await hook(["revision.created"]);
    await importMangled(await createTestUser("REVIEWER"));
    expect(await deliveriesOf(webhook.id)).toHaveLength(1);
    await deleteWebhook(webhook.admin, { webhookId: webhook.id });
    expect(await deliveriesOf(webhook.id)).toEqual([]);
    expect(await getDb().webhook.findUnique({ where: { id: webhook.id } })).toBeNull();
  });
});

describe("the delivery log", () => {
  it("keeps delivered rows for the retention, then deletes them in batches; never a pending, retrying or failed one", async () => {
    const webhook = await hook(["revision.created"]);
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const row = (event: string, data: { status: "PENDING" | "DELIVERED" | "FAILED"; attempts?: number; deliveredAt?: Date; createdAt: Date }) => ({ webhookId: webhook.id, event, payload: "{}", ...data });
    await getDb().webhookDelivery.createMany({
      data: [
        ...[1, 2, 3].map((n) => row(`old-${n}`, { status: "DELIVERED", deliveredAt: daysAgo(40 + n), createdAt: daysAgo(41 + n) })),
        row("recent", { status: "DELIVERED", deliveredAt: daysAgo(10), createdAt: daysAgo(10) }),
        row("waiting", { status: "PENDING", createdAt: daysAgo(90) }),
        row("retrying", { status: "PENDING", attempts: 3, createdAt: daysAgo(90) }),
        row("failed", { status: "FAILED", attempts: 8, createdAt: daysAgo(90) }),
      ],
    });
    const events = async () => (await deliveriesOf(webhook.id)).map((d) => d.event).sort();
    // 0 days: kept forever.
    expect(await pruneDeliveredWebhooks({ env: { [DELIVERY_LOG_DAYS_ENV]: "0" }, now })).toBe(0);
    // The default, 30 days, in batches of 2 here: the three old ones go over two runs, then nothing is left to do.
    expect(await pruneDeliveredWebhooks({ env: {}, now, batch: 2 })).toBe(2);
    expect(await pruneDeliveredWebhooks({ env: {}, now, batch: 2 })).toBe(1);
    expect(await pruneDeliveredWebhooks({ env: {}, now, batch: 2 })).toBe(0);
    expect(await events()).toEqual(["failed", "recent", "retrying", "waiting"]);
    // A week's retention takes the 10-day-old delivered one too; the others stay whatever their age.
    expect(await pruneDeliveredWebhooks({ env: { [DELIVERY_LOG_DAYS_ENV]: "7" }, now })).toBe(1);
    expect(await events()).toEqual(["failed", "retrying", "waiting"]);
  });
});
