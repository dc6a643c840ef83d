import { describe, expect, it } from "vitest";
import { segment } from "./segment";
import { sentenceAt } from "./sentence-at";

describe("sentenceAt", () => {
  it("finds the sentence holding an offset, first, middle or last, and none between two", () => {
    const text = "Astana is the capital. Almaty is larger.  Shymkent grows fast.";
    const { sentences } = segment(text, "en");
    expect(["Astana", "larger", "fast", "capital"].map((word) => sentenceAt(sentences, text.indexOf(word))?.text)).toEqual([
      "Astana is the capital.",
      "Almaty is larger.",
      "Shymkent grows fast.",
      "Astana is the capital.",
    ]);
    expect(sentenceAt(sentences, text.indexOf("  Shymkent") + 1)).toBeUndefined();
    expect(sentenceAt(sentences, text.length)).toBeUndefined();
  });
});
