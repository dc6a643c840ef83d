import { getDb, type Db } from "@/lib/db";
import { nextAttemptAfter } from "@/lib/outbox/retry";
import type { Env } from "@/lib/rate-limit";
import { privateUrlsAllowed } from "./address-policy";
import { postJson } from "./post";
import { SIGNATURE_HEADER, signPayload } from "./signature";

export interface DeliveryOptions {
  db?: Db;
  env?: Env;
  /** The clock (tests move it past a retry's wait). */
  now?: () => Date;
  /** How long a receiver has to answer (ms). */
  timeoutMs?: number;
  /** Deliveries sent side by side. */
  batch?: number;
}

export interface DeliveryTally {
  delivered: number;
  retrying: number;
  failed: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** A claim outlives its request by this much before another dispatcher may take the delivery over. */
const CLAIM_MARGIN_MS = 30_000;

type Due = { id: string; attempts: number; event: string; payload: string; webhook: { url: string; secret: string } };

/**
 * Sends every pending delivery that is due (of enabled webhooks), `batch` at a time, until none is left. Each is
 * claimed first: a conditional update moves its next attempt past the request's timeout and counts the attempt, so
 * a second dispatcher (another instance) skips it, and a process that dies mid-request leaves it due again once the
 * claim runs out. A 2xx answer delivers it; anything else schedules a retry (lib/outbox/retry) or, after the last
 * attempt, fails it. Each attempt is signed anew, with the time it is sent.
 */
export async function deliverDueWebhooks(options: DeliveryOptions = {}): Promise<DeliveryTally> {
  const { db = getDb(), batch = 20 } = options;
  const tally: DeliveryTally = { delivered: 0, retrying: 0, failed: 0 };
  const now = options.now ?? (() => new Date());
  for (;;) {
    const due = await db.webhookDelivery.findMany({
      where: { status: "PENDING", nextAttemptAt: { lte: now() }, webhook: { enabled: true } },
      orderBy: { nextAttemptAt: "asc" },
      take: batch,
      select: { id: true, attempts: true, event: true, payload: true, webhook: { select: { url: true, secret: true } } },
    });
    const outcomes = await Promise.all(due.map((delivery) => attempt(delivery, { ...options, db, now })));
    for (const outcome of outcomes) if (outcome) tally[outcome]++;
    if (due.length < batch) return tally;
  }
}

async function attempt(delivery: Due, options: DeliveryOptions & { db: Db; now: () => Date }): Promise<keyof DeliveryTally | null> {
  const { db, now, env = process.env, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const claimedAt = now();
  const attempts = delivery.attempts + 1;
  const claimed = await db.webhookDelivery.updateMany({
    where: { id: delivery.id, status: "PENDING", attempts: delivery.attempts, nextAttemptAt: { lte: claimedAt } },
    data: { attempts, lastAttemptAt: claimedAt, nextAttemptAt: new Date(claimedAt.getTime() + timeoutMs + CLAIM_MARGIN_MS) },
  });
  if (claimed.count === 0) return null;
  const mine = { id: delivery.id, attempts };
  try {
    const answer = await postJson(new URL(delivery.webhook.url), delivery.payload, {
      [SIGNATURE_HEADER]: signPayload(delivery.webhook.secret, delivery.payload, Math.floor(now().getTime() / 1000)),
      "Errata-Event": delivery.event,
      "Errata-Delivery": delivery.id,
      "User-Agent": "Errata-Webhooks/1",
    }, { timeoutMs, allowPrivate: privateUrlsAllowed(env) });
    if (answer.status >= 200 && answer.status < 300) {
      await db.webhookDelivery.updateMany({ where: mine, data: { status: "DELIVERED", deliveredAt: now(), lastStatusCode: answer.status, lastError: null } });
      return "delivered";
    }
    const detail = answer.status >= 300 && answer.status < 400 ? "redirects are not followed" : answer.body.trim();
    return await failed(db, mine, now(), answer.status, `HTTP ${answer.status}${detail ? `: ${detail}` : ""}`);
  } catch (error) {
    return await failed(db, mine, now(), null, (error as Error).message || String(error));
  }
}

async function failed(db: Db, delivery: { id: string; attempts: number }, at: Date, statusCode: number | null, message: string): Promise<"retrying" | "failed"> {
  const retryAt = nextAttemptAfter(delivery.attempts, at);
  await db.webhookDelivery.updateMany({
    where: delivery,
    data: { status: retryAt ? "PENDING" : "FAILED", lastStatusCode: statusCode, lastError: message.slice(0, 500), ...(retryAt ? { nextAttemptAt: retryAt } : {}) },
  });
  return retryAt ? "retrying" : "failed";
}
