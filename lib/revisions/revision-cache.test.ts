import { describe, expect, it } from "vitest";
import { RevisionCache } from "./revision-cache";

describe("RevisionCache", () => {
  it("reads a revision once, lets the oldest go past its bound, and keeps nothing larger than the bound", async () => {
    const cache = new RevisionCache<string>(10, (text) => text.length);
    const loads: string[] = [];
    const read = (article: string, revision: number, text: string) =>
      cache.get(article, revision, async () => {
        loads.push(`${article}:${revision}`);
        return text;
      });
    expect(await read("a", 1, "four")).toBe("four");
    expect(await read("a", 1, "ignored")).toBe("four");
    await read("a", 2, "five!");
    await read("b", 1, "six!!!"); // 4 + 5 + 6 > 10: a:1 and a:2 go
    await read("a", 2, "five!");
    await read("c", 1, "eleven char"); // larger than the bound: returned, not kept
    await read("c", 1, "eleven char");
    expect(loads).toEqual(["a:1", "a:2", "b:1", "a:2", "c:1", "c:1"]);
  });
});
