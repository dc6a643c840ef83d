import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { consume, consumeBoth } from "@/lib/rate-limit";

const key = () => randomUUID();

describe("consume (on the shared database table)", () => {
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

describe("consumeBoth (a reader's limits, then the article's)", () => {
  const points = async (row: string) => (await getDb().rateLimiterFlexible.findUnique({ where: { key: row } }))?.points ?? 0;
  const pair = (client: string, article: string, clientPoints = 2, articlePoints = 10) =>
    [
      { scope: "test:client", key: client, limits: [{ points: clientPoints, seconds: 600 }, { points: 50, seconds: 3600 }] },
      { scope: "test:article", key: article, limits: [{ points: articlePoints, seconds: 600 }] },
    ] as const;

  it("counts both while the reader is within their limits, and stops counting the article once they are not", async () => {
    const [client, article] = [key(), key()];
    for (let i = 0; i < 2; i++) expect(await consumeBoth(...pair(client, article))).toEqual({ first: { allowed: true }, then: { allowed: true } });
    const refused = await consumeBoth(...pair(client, article));
    expect(refused.first.allowed).toBe(false);
    expect(refused.then).toBeNull();
    expect(await points(`test:client:600:${client}`)).toBe(2);
    // As with consume: the refused request counts in the window it had left, and the spent one is refused from memory.
    expect(await points(`test:client:3600:${client}`)).toBe(3);
    expect(await points(`test:article:600:${article}`)).toBe(2);
  });

  it("gives the article its count back when the shared table refuses a reader this instance had not seen used up", async () => {
    const [client, article] = [key(), key()];
    // Another instance counted this reader's budget to the end.
    await getDb().rateLimiterFlexible.create({ data: { key: `test:client:600:${client}`, points: 2, expire: new Date(Date.now() + 600_000) } });
    const refused = await consumeBoth(...pair(client, article));
    expect(refused.first.allowed).toBe(false);
    expect(!refused.first.allowed && refused.first.retryAfter).toBeGreaterThan(590);
    expect(await points(`test:article:600:${article}`)).toBe(0);
    expect(await points(`test:client:600:${client}`)).toBe(3);
  });

  it("refuses on the article's limits while counting the reader", async () => {
    const article = key();
    expect((await consumeBoth(...pair(key(), article, 2, 1))).then).toEqual({ allowed: true });
    const refused = await consumeBoth(...pair(key(), article, 2, 1));
    expect(refused.first).toEqual({ allowed: true });
    expect(refused.then?.allowed).toBe(false);
    // Used up by the first report: refused from memory, without a write.
    expect(await points(`test:article:600:${article}`)).toBe(1);
  });
});
