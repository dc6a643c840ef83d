import { getDb } from "@/lib/db";

/** The admin page: every webhook, with how its deliveries stand. */
export async function listWebhooks() {
  const db = getDb();
  const [webhooks, counts] = await Promise.all([
    db.webhook.findMany({ orderBy: { createdAt: "asc" } }),
    db.webhookDelivery.groupBy({ by: ["webhookId", "status"], _count: { _all: true } }),
  ]);
  return webhooks.map((webhook) => {
    const count = (status: string) => counts.find((row) => row.webhookId === webhook.id && row.status === status)?._count._all ?? 0;
    return { ...webhook, pending: count("PENDING"), delivered: count("DELIVERED"), failed: count("FAILED") };
  });
}

/** The delivery log, newest first (of one webhook, or all). */
export function recentDeliveries({ webhookId, take = 100 }: { webhookId?: string; take?: number } = {}) {
  return getDb().webhookDelivery.findMany({
    where: webhookId ? { webhookId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, webhookId: true, event: true, status: true, attempts: true, lastStatusCode: true, lastError: true, lastAttemptAt: true, nextAttemptAt: true, deliveredAt: true, createdAt: true, webhook: { select: { url: true } } },
  });
}
