import { describe, expect, it } from "vitest";
import { qualityScore } from "./score";

describe("article scores", () => {
  it("scores quality per word, 0 to 100", () => {
    expect(qualityScore({ penalty: 0, words: 300 })).toBe(100);
    expect(qualityScore({ penalty: 10, words: 200 })).toBe(95);
    expect(qualityScore({ penalty: 900, words: 200 })).toBe(0);
    expect(qualityScore({ penalty: 1, words: 0 })).toBe(0);
  });
});
