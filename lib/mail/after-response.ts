import { after } from "next/server";
import { logError } from "@/lib/log";
import { deliverQueuedMail } from "./outbox";

/**
 * Sends the outbox's queued mail once the response has gone (Next's after()): an SMTP relay can take seconds, or
 * hang, and what the mail reports is already committed. A message that fails stays in the outbox (FAILED) for an
 * admin to send again; on shutdown the server waits for this work (scripts/server.ts). Call it in a route handler
 * or server action, once per request.
 */
export function deliverQueuedMailAfterResponse(): void {
  after(() => deliverQueuedMail().catch((error: unknown) => logError(error, {}, "mail not sent yet; it stays in the outbox")));
}
