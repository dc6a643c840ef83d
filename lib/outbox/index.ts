/** The outboxes' dispatcher: mail and webhook deliveries are written in their event's transaction and sent from here. */
export { OutboxDispatcher, startOutboxDispatcher, nudgeOutbox, stopOutboxDispatcher, type Drain } from "./dispatcher";
export { drainOutboxAfterResponse } from "./after-response";
export { RETRY_DELAYS_MS, MAX_ATTEMPTS, nextAttemptAfter } from "./retry";
