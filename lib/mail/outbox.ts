import { getDb, type Db, type Tx } from "@/lib/db";
import { drainOutboxAfterResponse } from "@/lib/outbox/after-response";
import type { Env } from "@/lib/rate-limit";
import { mailFrom, mailTransport } from "./transport";

export interface Mail {
  to: string;
  subject: string;
  /** Plain text: reader mail never carries HTML. */
  body: string;
  reportId?: string;
}

/**
 * Puts mail in the outbox inside the caller's transaction: QUEUED for delivery when SMTP_URL is set, otherwise
 * KEPT for an admin to see at /admin/outbox. Queued mail is sent after the response (lib/outbox), or by the
 * outbox dispatcher's next run.
 */
export async function queueMail(db: Db | Tx, mails: readonly Mail[], env: Env = process.env): Promise<void> {
  if (mails.length === 0) return;
  const status = mailTransport(env) ? "QUEUED" : "KEPT";
  await db.outboxMessage.createMany({
    data: mails.map((mail) => ({ to: mail.to, subject: mail.subject, body: mail.body, reportId: mail.reportId ?? null, status })),
  });
  if (status === "QUEUED") drainOutboxAfterResponse();
}

/**
 * Sends queued mail over SMTP. Each message is claimed (marked SENT) before it is sent, so two deliverers
 * never send it twice; a failure marks it FAILED with the server's answer.
 */
export async function deliverQueuedMail(db: Db = getDb(), env: Env = process.env): Promise<{ sent: number; failed: number }> {
  const transport = mailTransport(env);
  const result = { sent: 0, failed: 0 };
  if (!transport) return result;
  const queued = await db.outboxMessage.findMany({ where: { status: "QUEUED" }, orderBy: { createdAt: "asc" }, take: 100 });
  for (const message of queued) {
    const claimed = await db.outboxMessage.updateMany({ where: { id: message.id, status: "QUEUED" }, data: { status: "SENT", sentAt: new Date() } });
    if (claimed.count === 0) continue;
    try {
      await transport.sendMail({ from: mailFrom(env), to: message.to, subject: message.subject, text: message.body });
      result.sent++;
    } catch (error) {
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: "FAILED", sentAt: null, error: String((error as Error).message ?? error).slice(0, 1000) } });
      result.failed++;
    }
  }
  return result;
}

/** Puts failed messages, and those kept while SMTP_URL was unset, back in the queue (an admin's "Send again"). */
export async function requeueMail(ids: readonly string[], db: Db = getDb()): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({ where: { id: { in: [...ids] }, status: { in: ["FAILED", "KEPT"] } }, data: { status: "QUEUED", error: null } });
  if (count > 0) drainOutboxAfterResponse();
  return count;
}
