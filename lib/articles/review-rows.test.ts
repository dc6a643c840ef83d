import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align";
import { beadLengths, reviewRows } from "./review-rows";

const SOURCE = "Министр прибыл в Астану. Его встретили в аэропорту.\n\nПотом начались переговоры. Они шли весь день.\n\nИтоги подвели вечером.";
const TARGET = "The minister arrived in Astana. He was met at the airport.\n\nThen the talks began. They went on all day.\n\nThe results came in the evening.";

describe("reviewRows", () => {
  const aligned = alignTexts(SOURCE, TARGET, { sourceLang: "ru", targetLang: "en" });
  const marks = { source: [], target: [{ start: TARGET.indexOf("Astana"), end: TARGET.indexOf("Astana") + 6, ids: ["f1"] }] };

  it("builds the same rows a chunk at a time as all at once, paragraph starts included", () => {
    const all = reviewRows(aligned, marks);
    const inChunks = [0, 1, 2, 3, 4].flatMap((from) => reviewRows(aligned, marks, from, from + 1));
    expect(inChunks).toEqual(all);
    expect(all.filter((row) => row.paragraphStart).map((row) => TARGET.slice(row.target[0].start, row.target[0].start + 12))).toEqual(["Then the tal", "The results "]);
    expect(all[0].target[0].pieces.find((piece) => piece.ids.includes("f1"))?.text).toBe("Astana");
  });

  it("measures each row by the characters of both its sides", () => {
    expect(beadLengths(aligned).reduce((a, b) => a + b, 0)).toBe([...aligned.source.sentences, ...aligned.target.sentences].reduce((sum, s) => sum + s.end - s.start, 0));
  });
});
