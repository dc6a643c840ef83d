import { after } from "next/server";
import { afterDirectResponse } from "@/lib/http/direct-route";
import { nudgeOutbox } from "./dispatcher";

/**
 * Asks for the outboxes to be drained once the current response has gone (Next's after()): whatever queues mail or
 * webhook deliveries calls it, inside the transaction, so they leave as soon as it has committed and the caller has
 * answered, without waiting on an SMTP relay or a receiver that can take seconds, or hang. On shutdown the server
 * waits for this work (scripts/server.ts). Outside a request (a script, a test) there is no response to wait for:
 * the dispatcher's next run, where one runs, sends them.
 */
export function drainOutboxAfterResponse(): void {
  if (afterDirectResponse(() => nudgeOutbox())) return; // a request the server answers past Next (no after() there)
  try {
    after(() => nudgeOutbox());
  } catch {
    // Not in a request scope (after() throws there).
  }
}
