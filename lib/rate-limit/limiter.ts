import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { Limit } from "./policy";

/** A 429 whose message says how long to wait; the route sends `retryAfter` as the Retry-After header too. */
export class RateLimitedError extends UserError {
  constructor(message: string, readonly retryAfter: number) {
    super(message, 429, { retryAfter });
  }
}

// One limiter per (scope, window, points), created once per process: each keeps its own in-memory block list.
const limiters = new Map<string, RateLimiterPrisma>();

function limiterFor(scope: string, limit: Limit): RateLimiterPrisma {
  const prefix = `${scope}:${limit.seconds}`;
  const id = `${prefix}:${limit.points}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: getDb(),
      // The Prisma client exposes the model under its camel-case name.
      tableName: "rateLimiterFlexible",
      keyPrefix: prefix,
      points: limit.points,
      duration: limit.seconds,
      // Once a key has used its budget, refuse it from memory until the window ends: a flood costs no queries.
      inMemoryBlockOnConsumed: limit.points,
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

/**
 * Counts one request for `key` against every window of `limits` (in the shared database store, so that all
 * app instances see the same counts). Resolves when all allow it; otherwise returns the seconds until the
 * longest-blocked window lets the key through again.
 */
export async function consume(scope: string, key: string, limits: readonly Limit[]): Promise<{ allowed: true } | { allowed: false; retryAfter: number }> {
  const results = await Promise.allSettled(limits.map((limit) => limiterFor(scope, limit).consume(key)));
  let waitMs = -1;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    waitMs = Math.max(waitMs, result.reason.msBeforeNext);
  }
  return waitMs < 0 ? { allowed: true } : { allowed: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
}
