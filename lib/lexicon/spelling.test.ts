import { describe, expect, it } from "vitest";
import { nearMisses, twoSlipMisses } from "./spelling";

describe("slip searches on a hostile letter run", () => {
  it("still find the slips of ordinary words", () => {
    expect(nearMisses("goverment")).toContain("government");
    expect(twoSlipMisses("acustommed")).toContain("accustomed");
  });

  // Their candidates grow with the square and cube of the length: a run of a few thousand letters took minutes.
  it("give up on a run far longer than any dictionary word, at once", () => {
    const run = "governmentacustommedrelitavely".repeat(100);
    expect(nearMisses(run)).toEqual([]);
    expect(nearMisses(run.toUpperCase())).toEqual([]);
    expect(twoSlipMisses(run)).toEqual([]);
  });
});
