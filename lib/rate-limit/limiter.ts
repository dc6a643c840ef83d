import { getDb, Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { Limit } from "./policy";

/** A 429 whose message says how long to wait; the route sends `retryAfter` as the Retry-After header too. */
export class RateLimitedError extends UserError {
  constructor(message: string, readonly retryAfter: number) {
    super(message, 429, { retryAfter });
  }
}

export type Verdict = { allowed: true } | { allowed: false; retryAfter: number };

/** One thing counted against its windows: a client, an article, a token. */
export interface Counter {
  scope: string;
  key: string;
  limits: readonly Limit[];
}

/** One window of one counter: a row of the shared table (keyed as rate-limiter-flexible keyed it, so counts carry over). */
interface Window {
  row: string;
  points: number;
  ms: number;
}

const windowsOf = ({ scope, key, limits }: Counter): Window[] => limits.map((limit) => ({ row: `${scope}:${limit.seconds}:${key}`, points: limit.points, ms: limit.seconds * 1000 }));

/**
 * Windows whose budget this process has seen used up, until they end: a flood is refused from memory and costs no
 * query. Only a copy of what the shared table says (each instance learns it from its own writes), so dropping it
 * would cost queries, never correctness.
 */
const spent = new Map<string, number>();
const MAX_SPENT = 10_000;

function spentUntil(row: string, now: number): number {
  const until = spent.get(row);
  if (until === undefined) return 0;
  if (until > now) return until;
  spent.delete(row);
  return 0;
}

/**
 * Counts one request in each window not already spent, in one statement for all of them: a multi-row
 * INSERT … ON CONFLICT … RETURNING (SQLite ≥ 3.35 and PostgreSQL) starts a new window or adds to the current one.
 * Rows go in key order, so two statements that share rows lock them in the same order (no deadlock on PostgreSQL).
 * Returns each window's count and when it ends; a spent window is left out (undefined).
 */
async function count(windows: Window[], now: number): Promise<Map<string, { points: number; expire: number }>> {
  const due = [...new Map(windows.filter((w) => spentUntil(w.row, now) === 0).map((w) => [w.row, w])).values()].sort((a, b) => (a.row < b.row ? -1 : 1));
  const counted = new Map<string, { points: number; expire: number }>();
  if (due.length === 0) return counted;
  const at = new Date(now);
  const rows = await getDb().$queryRaw<Array<{ key: string; points: number | bigint; expire: Date | string }>>`
    INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") VALUES ${Prisma.join(due.map((w) => Prisma.sql`(${w.row}, 1, ${new Date(now + w.ms)})`))}
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimiterFlexible"."expire" IS NULL OR "RateLimiterFlexible"."expire" > ${at} THEN "RateLimiterFlexible"."points" + excluded."points" ELSE excluded."points" END,
      "expire" = CASE WHEN "RateLimiterFlexible"."expire" IS NULL OR "RateLimiterFlexible"."expire" > ${at} THEN "RateLimiterFlexible"."expire" ELSE excluded."expire" END
    RETURNING "key", "points", "expire"`;
  for (const row of rows) counted.set(row.key, { points: Number(row.points), expire: new Date(row.expire).getTime() });
  return counted;
}

/** The verdict on one counter's windows, remembering in memory the windows it finds used up. */
function judge(counter: Counter, counted: Map<string, { points: number; expire: number }>, now: number): Verdict {
  let waitMs = -1;
  for (const window of windowsOf(counter)) {
    const row = counted.get(window.row);
    if (!row) {
      waitMs = Math.max(waitMs, spentUntil(window.row, now) - now);
      continue;
    }
    if (row.points >= window.points) {
      if (spent.size >= MAX_SPENT) spent.clear();
      spent.set(window.row, row.expire);
    }
    if (row.points > window.points) waitMs = Math.max(waitMs, row.expire - now);
  }
  return waitMs < 0 ? { allowed: true } : { allowed: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/**
 * Counts one request for `key` against every window of `limits` (in the shared database store, so that all
 * app instances see the same counts). Resolves when all allow it; otherwise returns the seconds until the
 * longest-blocked window lets the key through again. A refused request still counts in the windows it had left.
 */
export async function consume(scope: string, key: string, limits: readonly Limit[]): Promise<Verdict> {
  const counter = { scope, key, limits };
  const now = Date.now();
  return judge(counter, await count(windowsOf(counter), now), now);
}

/**
 * Counts `first`, and `then` only if `first` allows it (a reader over their own limits does not use up the
 * article's), in one statement when both go through: both are counted together, and `then`'s count is given
 * back in the rare case the shared table refuses `first` (another instance counted it, or this one forgot).
 * `then` is not judged when `first` is refused.
 */
export async function consumeBoth(first: Counter, then: Counter): Promise<{ first: Verdict; then: Verdict | null }> {
  const now = Date.now();
  const firstWindows = windowsOf(first);
  if (firstWindows.some((w) => spentUntil(w.row, now) > 0)) {
    return { first: judge(first, await count(firstWindows, now), now), then: null };
  }
  const thenWindows = windowsOf(then);
  const counted = await count([...firstWindows, ...thenWindows], now);
  const verdict = judge(first, counted, now);
  if (verdict.allowed) return { first: verdict, then: judge(then, counted, now) };
  const given = thenWindows.filter((w) => counted.has(w.row)).map((w) => w.row);
  if (given.length > 0) {
    await getDb().$executeRaw`UPDATE "RateLimiterFlexible" SET "points" = "points" - 1 WHERE "key" IN (${Prisma.join(given)}) AND "points" > 0`;
  }
  return { first: verdict, then: null };
}
