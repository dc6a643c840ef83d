import { describe, expect, it } from "vitest";
import { RecentCache } from "./recent-cache";

describe("RecentCache", () => {
  it("drops the least recently used entries once their total size is over the bound", () => {
    const cache = new RecentCache<string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    expect(cache.get("a")).toBe("A"); // a is now the most recent
    cache.set("c", "C", 4);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c")]).toEqual(["A", "C"]);
  });

  it("keeps nothing larger than itself, and counts a replaced entry once", () => {
    const cache = new RecentCache<string>(10);
    cache.set("big", "X", 11);
    expect(cache.get("big")).toBeUndefined();
    cache.set("a", "A1", 6);
    cache.set("a", "A2", 6);
    cache.set("b", "B", 4);
    expect([cache.get("a"), cache.get("b")]).toEqual(["A2", "B"]);
  });
});
