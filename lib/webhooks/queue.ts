import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { drainOutboxAfterResponse } from "@/lib/outbox/after-response";
import { ARTICLE_REF_SELECT, parseEvents, type WebhookBody, type WebhookEvent, type WebhookEventData } from "./events";

/**
 * Events that no enabled webhook received when this instance last looked, and when it looked: each reader report
 * would otherwise ask again. A webhook created or enabled through this instance counts at once (forgetSubscriptions);
 * through another instance, within UNSUBSCRIBED_TTL_MS. Only "nobody" is remembered: with a subscriber the
 * webhooks are read in the event's transaction, so a deleted or disabled one never gets a delivery.
 */
export const UNSUBSCRIBED_TTL_MS = 5000;
const unsubscribed = new Map<WebhookEvent, number>();
let subscriptionsGeneration = 0;

/** Called when a webhook is created or enabled, once that has committed. */
export function forgetSubscriptions(): void {
  subscriptionsGeneration++;
  unsubscribed.clear();
}

/**
 * Writes one pending delivery of `event` per enabled webhook that receives it, inside the transaction that makes
 * the event happen: the event and its deliveries commit together or not at all, and they are sent once it has
 * committed, after the response (lib/outbox). `data` is only built when some webhook wants it. Returns the deliveries written.
 */
export async function queueWebhookEvent<E extends WebhookEvent>(tx: Tx, event: E, data: () => Promise<WebhookEventData[E]> | WebhookEventData[E]): Promise<number> {
  const seen = unsubscribed.get(event);
  if (seen !== undefined && Date.now() - seen < UNSUBSCRIBED_TTL_MS) return 0;
  const generation = subscriptionsGeneration;
  const candidates = await tx.webhook.findMany({ where: { enabled: true, events: { contains: event } }, select: { id: true, events: true } });
  const subscribed = candidates.filter((webhook) => parseEvents(webhook.events).includes(event));
  if (subscribed.length === 0 && generation === subscriptionsGeneration) unsubscribed.set(event, Date.now());
  if (subscribed.length === 0) return 0;
  const body: WebhookBody<E> = { id: randomUUID(), event, createdAt: new Date().toISOString(), data: await data() };
  const payload = JSON.stringify(body);
  await tx.webhookDelivery.createMany({ data: subscribed.map((webhook) => ({ webhookId: webhook.id, event, payload })) });
  drainOutboxAfterResponse();
  return subscribed.length;
}

type StoredRevision = { articleId: string; number: number; origin: string; authorId: string | null; approverId: string | null; correctionId: string | null; revertedTo: number | null; text: string; createdAt: Date };

/** revision.created, for every way a revision is written (import, approved correction, revert). */
export function queueRevisionCreated(tx: Tx, revision: StoredRevision): Promise<number> {
  const { articleId, createdAt, ...fields } = revision;
  return queueWebhookEvent(tx, "revision.created", async () => ({
    article: await articleRef(tx, articleId),
    revision: { ...fields, createdAt: createdAt.toISOString() },
  }));
}

/** The article an event is about, read in the event's transaction. */
export const articleRef = (tx: Tx, articleId: string) => tx.article.findUniqueOrThrow({ where: { id: articleId }, select: ARTICLE_REF_SELECT });
