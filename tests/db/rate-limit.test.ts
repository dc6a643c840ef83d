import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { consume } from "@/lib/rate-limit";

const key = () => randomUUID();

describe("consume (rate-limiter-flexible on the shared database table)", () => {
  it("allows the budget, then refuses with the seconds left in the window", async () => {
    const k = key();
    for (let i = 0; i < 3; i++) expect(await consume("test:budget", k, [{ points: 3, seconds: 600 }])).toEqual({ allowed: true });
    const refused = await consume("test:budget", k, [{ points: 3, seconds: 600 }]);
    expect(refused.allowed).toBe(false);
    expect(!refused.allowed && refused.retryAfter).toBeGreaterThan(590);
    const row = await getDb().rateLimiterFlexible.findUniqueOrThrow({ where: { key: `test:budget:600:${k}` } });
    expect(row.points).toBe(3);
  });

  it("starts a new window once the old one has expired", async () => {
    const k = key();
    expect(await consume("test:expiry", k, [{ points: 1, seconds: 1 }])).toEqual({ allowed: true });
    expect((await consume("test:expiry", k, [{ points: 1, seconds: 1 }])).allowed).toBe(false);
    // The second call blocked the key in memory until the window ends; the database row expires with it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await consume("test:expiry", k, [{ points: 1, seconds: 1 }])).toEqual({ allowed: true });
    const row = await getDb().rateLimiterFlexible.findUniqueOrThrow({ where: { key: `test:expiry:1:${k}` } });
    expect(row.points).toBe(1);
  });

  it("counts every window and reports the longest wait", async () => {
    const k = key();
    const limits = [{ points: 5, seconds: 60 }, { points: 2, seconds: 3600 }];
    await consume("test:windows", k, limits);
    await consume("test:windows", k, limits);
    const refused = await consume("test:windows", k, limits);
    expect(!refused.allowed && refused.retryAfter).toBeGreaterThan(3500);
    const points = async (seconds: number) => (await getDb().rateLimiterFlexible.findUniqueOrThrow({ where: { key: `test:windows:${seconds}:${k}` } })).points;
    expect(await points(60)).toBe(3);
    // The hour's budget was used up by the second call: the third is refused from memory, without a write.
    expect(await points(3600)).toBe(2);
  });

  it("counts requests that arrive at the same moment, each once", async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 12 }, () => consume("test:concurrent", k, [{ points: 5, seconds: 600 }])));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});
