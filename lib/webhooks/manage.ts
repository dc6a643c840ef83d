import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { drainOutboxAfterResponse } from "@/lib/outbox/after-response";
import { UserError } from "@/lib/errors";
import { canManageWebhooks } from "@/lib/permissions";
import type { Env } from "@/lib/rate-limit";
import { checkWebhookUrl } from "./address-policy";
import { WEBHOOK_EVENT_NAMES } from "./events";
import { forgetSubscriptions } from "./queue";
import { newWebhookSecret } from "./signature";

export const createWebhookSchema = z.object({
  url: z.string().max(2000),
  events: z.array(z.enum(WEBHOOK_EVENT_NAMES as [string, ...string[]])).min(1, "Choose at least one event.").max(WEBHOOK_EVENT_NAMES.length),
  description: z.string().trim().max(200).default(""),
});
const webhookIdSchema = z.object({ webhookId: z.string().min(1).max(64) });
export const setWebhookEnabledSchema = webhookIdSchema.extend({ enabled: z.boolean() });
const deliveryIdSchema = z.object({ deliveryId: z.string().min(1).max(64) });

/** At most this many webhooks: each event writes one delivery per webhook in its own transaction. */
export const MAX_WEBHOOKS = 50;

function allowed(user: CurrentUser) {
  if (!canManageWebhooks(user)) throw new UserError("Only admins can manage webhooks.", 403);
}

/** An admin registers a URL for some events. Returns the webhook with its secret, which the admin passes on to the receiver. */
export async function createWebhook(user: CurrentUser, input: z.input<typeof createWebhookSchema>, env: Env = process.env) {
  allowed(user);
  const { url, events, description } = createWebhookSchema.parse(input);
  const checked = checkWebhookUrl(url, env);
  const created = await getDb().$transaction(async (tx) => {
    if ((await tx.webhook.count()) >= MAX_WEBHOOKS) throw new UserError(`There are already ${MAX_WEBHOOKS} webhooks; delete one first.`, 409);
    const webhook = await tx.webhook.create({ data: { url: checked.href, events: [...new Set(events)].join(" "), description, secret: newWebhookSecret() } });
    await audit(tx, { actorId: user.id, action: "webhook.created", entityType: "Webhook", entityId: webhook.id, after: { url: webhook.url, events: webhook.events } });
    return webhook;
  });
  forgetSubscriptions();
  return created;
}

/** An admin pauses or resumes a webhook: while disabled, events write no deliveries for it and pending ones wait. */
export async function setWebhookEnabled(user: CurrentUser, input: z.input<typeof setWebhookEnabledSchema>) {
  allowed(user);
  const { webhookId, enabled } = setWebhookEnabledSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.webhook.updateMany({ where: { id: webhookId }, data: { enabled } });
    if (count === 0) throw new UserError("No such webhook.", 404);
    await audit(tx, { actorId: user.id, action: enabled ? "webhook.enabled" : "webhook.disabled", entityType: "Webhook", entityId: webhookId });
  });
  forgetSubscriptions();
}

/** An admin deletes a webhook, with its deliveries and their log. */
export async function deleteWebhook(user: CurrentUser, input: z.input<typeof webhookIdSchema>) {
  allowed(user);
  const { webhookId } = webhookIdSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id: webhookId }, select: { url: true, events: true } });
    if (!webhook) throw new UserError("No such webhook.", 404);
    await tx.webhook.delete({ where: { id: webhookId } });
    await audit(tx, { actorId: user.id, action: "webhook.deleted", entityType: "Webhook", entityId: webhookId, before: webhook });
  });
}

/**
 * An admin sends a delivery again: a new pending delivery with the same body (same event id, so a receiver can tell
 * it has seen it), due now. The original stays in the log as it ended.
 */
export async function redeliverWebhook(user: CurrentUser, input: z.input<typeof deliveryIdSchema>) {
  allowed(user);
  const { deliveryId } = deliveryIdSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { webhookId: true, event: true, payload: true } });
    if (!original) throw new UserError("No such delivery.", 404);
    const copy = await tx.webhookDelivery.create({ data: original });
    drainOutboxAfterResponse();
    await audit(tx, { actorId: user.id, action: "webhook.redelivered", entityType: "WebhookDelivery", entityId: copy.id, before: { deliveryId } });
    return copy;
  });
}

/** An admin reads a webhook's secret again (to set up its receiver anew); each reading is audited. */
export async function revealWebhookSecret(user: CurrentUser, input: z.input<typeof webhookIdSchema>): Promise<string> {
  allowed(user);
  const { webhookId } = webhookIdSchema.parse(input);
  return getDb().$transaction(async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id: webhookId }, select: { secret: true } });
    if (!webhook) throw new UserError("No such webhook.", 404);
    await audit(tx, { actorId: user.id, action: "webhook.secret_revealed", entityType: "Webhook", entityId: webhookId });
    return webhook.secret;
  });
}
