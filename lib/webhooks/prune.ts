import { getDb, type Db } from "@/lib/db";
import type { Env } from "@/lib/rate-limit";

/** Days a delivered delivery stays in the log; `0` keeps them all. */
export const DELIVERY_LOG_DAYS_ENV = "WEBHOOK_DELIVERY_LOG_DAYS";
export const DEFAULT_DELIVERY_LOG_DAYS = 30;
/** Rows deleted per dispatcher run: a backlog (the first run after an upgrade) goes in steps, not one long delete. */
const PRUNE_BATCH = 500;

/** The retention in days from the environment: a whole number, 0 for forever; anything else is the default. */
export function deliveryLogDays(env: Env = process.env): number {
  const raw = env[DELIVERY_LOG_DAYS_ENV]?.trim();
  return raw && /^\d+$/.test(raw) ? Number(raw) : DEFAULT_DELIVERY_LOG_DAYS;
}

/**
 * Deletes up to one batch of deliveries delivered more than the retention ago, so the log stays bounded; the
 * outbox dispatcher calls it after each drain. Pending (waiting or retrying) and failed deliveries are never
 * deleted: they are work left, or what an admin has to see and may redeliver. Returns how many went.
 */
export async function pruneDeliveredWebhooks(options: { db?: Db; env?: Env; now?: Date; batch?: number } = {}): Promise<number> {
  const { db = getDb(), env = process.env, now = new Date(), batch = PRUNE_BATCH } = options;
  const days = deliveryLogDays(env);
  if (days === 0) return 0;
  const before = new Date(now.getTime() - days * 86_400_000);
  const old = await db.webhookDelivery.findMany({ where: { status: "DELIVERED", deliveredAt: { lt: before } }, select: { id: true }, take: batch });
  if (old.length === 0) return 0;
  const { count } = await db.webhookDelivery.deleteMany({ where: { id: { in: old.map((row) => row.id) }, status: "DELIVERED" } });
  return count;
}
