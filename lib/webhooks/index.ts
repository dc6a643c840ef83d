/** Webhooks: admins register URLs for events; each event's deliveries are written in its transaction, signed and retried. */
export { WEBHOOK_EVENTS, WEBHOOK_EVENT_NAMES, ARTICLE_REF_SELECT, toArticleRef, parseEvents, type WebhookEvent, type WebhookEventData, type WebhookBody, type ArticleRef } from "./events";
export { queueWebhookEvent, queueRevisionCreated, articleRef, UNSUBSCRIBED_TTL_MS } from "./queue";
export { deliverDueWebhooks, type DeliveryOptions, type DeliveryTally } from "./deliver";
export { pruneDeliveredWebhooks, deliveryLogDays, DELIVERY_LOG_DAYS_ENV, DEFAULT_DELIVERY_LOG_DAYS } from "./prune";
export { createWebhook, createWebhookSchema, setWebhookEnabled, deleteWebhook, redeliverWebhook, revealWebhookSecret, MAX_WEBHOOKS } from "./manage";
export { listWebhooks, recentDeliveries } from "./queries";
export { SIGNATURE_HEADER, DEFAULT_TOLERANCE_SECONDS, signPayload, verifySignature, newWebhookSecret } from "./signature";
export { ALLOW_PRIVATE_ENV, checkWebhookUrl, isPrivateAddress, privateUrlsAllowed } from "./address-policy";
