import { describe, expect, it } from "vitest";
import { countWords } from "./count-words";

describe("countWords", () => {
  it("counts words, keeping hyphenated names and apostrophes whole", () => {
    expect(countWords("Kassym-Jomart Tokayev's speech, 13 January — 2 500 words.")).toBe(8);
  });
});
