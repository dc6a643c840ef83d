import { logError } from "@/lib/log";

/** Sends what one outbox holds that is due (mail, webhook deliveries); safe to run on several instances at once. */
export type Drain = () => Promise<unknown>;

/**
 * Drains the outboxes in the server process: every `intervalMs` (retries fall due, another instance's work is
 * picked up, a restart resumes where the last process stopped) and at once when nudged after a request wrote
 * something. Runs never overlap: a nudge during a run asks for one more run after it. Each drain claims its items
 * with a conditional update, so two instances on one PostgreSQL database never send an item twice.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly drains: Record<string, Drain>,
    private readonly intervalMs = 5_000,
  ) {}

  start(): this {
    this.timer ??= setInterval(() => void this.nudge(), this.intervalMs).unref();
    void this.nudge();
    return this;
  }

  /** Runs the drains now, or once more after the current run; resolves when that run is over. */
  nudge(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** No more runs; resolves once the current one is over (the server stops it before closing the database). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      for (const [name, drain] of Object.entries(this.drains)) {
        try {
          await drain();
        } catch (error) {
          logError(error, { outbox: name }, "outbox not drained; it is tried again on the next run");
        }
      }
    } while (this.again && !this.stopped);
  }
}

// Kept on globalThis: the server script (scripts/server.ts) and Next's bundle of the app load this module separately.
const globalForOutbox = globalThis as unknown as { errataOutbox?: OutboxDispatcher };

/** Starts the process's dispatcher (once; instrumentation.ts at server start). */
export function startOutboxDispatcher(drains: Record<string, Drain>, intervalMs?: number): OutboxDispatcher {
  globalForOutbox.errataOutbox ??= new OutboxDispatcher(drains, intervalMs).start();
  return globalForOutbox.errataOutbox;
}

/** Asks the process's dispatcher to drain now; nothing when none runs here (tests, scripts). */
export function nudgeOutbox(): Promise<void> {
  return globalForOutbox.errataOutbox?.nudge() ?? Promise.resolve();
}

/** Stops the process's dispatcher, waiting for its current run. */
export async function stopOutboxDispatcher(): Promise<void> {
  const dispatcher = globalForOutbox.errataOutbox;
  globalForOutbox.errataOutbox = undefined;
  await dispatcher?.stop();
}
