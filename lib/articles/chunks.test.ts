import { describe, expect, it } from "vitest";
import { chunkEnds } from "./chunks";

describe("chunkEnds", () => {
  it("keeps a short text in one chunk, the one the server renders", () => {
    expect(chunkEnds([100, 200, 300], 1000, 500)).toEqual([3]);
  });

  it("gives the server a larger first chunk and the browser smaller ones after it", () => {
    expect(chunkEnds([400, 400, 400, 300, 300, 300, 300], 1000, 600)).toEqual([2, 3, 5, 7]);
  });

  it("puts an item longer than a chunk in a chunk of its own", () => {
    expect(chunkEnds([50, 5000, 50], 100, 100)).toEqual([1, 2, 3]);
    expect(chunkEnds([])).toEqual([]);
  });
});
