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

interface CounterRow {
  points: number;
  expire: Date | null;
}

type Upsert = (key: string, points: number, msDuration: number, forceExpire: boolean) => Promise<CounterRow>;

/**
 * RateLimiterPrisma on our client and table, counting in one statement. The library's own `_upsert` (11.4.0)
 * deletes an expired row and then upserts: two statements per window, four windows per report. One
 * INSERT … ON CONFLICT … RETURNING (SQLite ≥ 3.35 and PostgreSQL) starts a new window or adds to the current
 * one, which is what lets reports reach 300/s on SQLite. Blocks, deletes and reads stay the library's.
 */
class SingleStatementPrismaLimiter extends RateLimiterPrisma {
  _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<CounterRow> {
    if (forceExpire) return ((RateLimiterPrisma.prototype as unknown as { _upsert: Upsert })._upsert).call(this, key, points, msDuration, true);
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    return getDb()
      .$queryRaw<CounterRow[]>`INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") VALUES (${key}, ${points}, ${expire})
        ON CONFLICT ("key") DO UPDATE SET
          "points" = CASE WHEN "RateLimiterFlexible"."expire" IS NULL OR "RateLimiterFlexible"."expire" > ${now} THEN "RateLimiterFlexible"."points" + excluded."points" ELSE excluded."points" END,
          "expire" = CASE WHEN "RateLimiterFlexible"."expire" IS NULL OR "RateLimiterFlexible"."expire" > ${now} THEN "RateLimiterFlexible"."expire" ELSE excluded."expire" END
        RETURNING "points", "expire"`
      .then((rows) => ({ points: Number(rows[0].points), expire: rows[0].expire }));
  }
}

// One limiter per (scope, window, points), created once per process: each keeps its own in-memory block list.
const limiters = new Map<string, RateLimiterPrisma>();

function limiterFor(scope: string, limit: Limit): RateLimiterPrisma {
  const prefix = `${scope}:${limit.seconds}`;
  const id = `${prefix}:${limit.points}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new SingleStatementPrismaLimiter({
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
