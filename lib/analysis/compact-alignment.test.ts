import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align";
import { compactAlignment, expandAlignment } from "./compact-alignment";

const SOURCE = "Министр прибыл в Астану. Его встретили в аэропорту.\n\nПотом начались переговоры. Они шли весь день. Итоги подвели вечером.";
const TARGET = "The minister arrived in Astana. He was met at the airport.\n\nThen the talks began. They went on all day.";

describe("compactAlignment", () => {
  const aligned = alignTexts(SOURCE, TARGET, { sourceLang: "ru", targetLang: "en" });

  it("comes back as the same sentences, paragraphs and beads", () => {
    const back = expandAlignment(compactAlignment(aligned), SOURCE, TARGET);
    expect(back.beads).toEqual(aligned.beads);
    for (const side of ["source", "target"] as const) {
      expect(back[side].sentences).toEqual(aligned[side].sentences);
      expect(back[side].lang).toBe(aligned[side].lang);
      expect(back[side].paragraphs).toEqual(aligned[side].paragraphs);
    }
  });

  it("carries numbers only, no copy of the texts", () => {
    const json = JSON.stringify(compactAlignment(aligned));
    expect(json).not.toMatch(/minister|Министр|talks/);
    expect(json.length).toBeLessThan(SOURCE.length + TARGET.length);
  });
});
