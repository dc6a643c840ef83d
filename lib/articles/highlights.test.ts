import { describe, expect, it } from "vitest";
import { cutIntoPieces } from "./highlights";

describe("cutIntoPieces", () => {
  it("returns the whole range when nothing is marked", () => {
    expect(cutIntoPieces(10, 20, [])).toEqual([{ start: 10, end: 20, ids: [] }]);
  });

  it("splits around overlapping marks and clips marks that reach outside", () => {
    const pieces = cutIntoPieces(0, 10, [
      { start: 2, end: 6, ids: ["a"] },
      { start: 4, end: 14, ids: ["b"] },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ["a"] },
      { start: 4, end: 6, ids: ["a", "b"] },
      { start: 6, end: 10, ids: ["b"] },
    ]);
  });

  it("keeps an empty mark (an omission point) out of the pieces", () => {
    expect(cutIntoPieces(0, 5, [{ start: 3, end: 3, ids: ["x"] }]).map((p) => p.ids)).toEqual([[], []]);
  });
});
