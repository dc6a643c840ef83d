import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align";
import { alignedPassages, originalOf } from "./originals";

const source = "Министр прибыл в Астану. Он встретился с журналистами.\n\nЗаседание продлится два дня.";
const target = "The minister arrived in Astana. He met journalists.\n\nThe meeting will last two days.";

describe("originalOf", () => {
  const passages = alignedPassages(alignTexts(source, target, { sourceLang: "ru", targetLang: "en" }));

  it("gives the aligned original sentence of a selection inside one sentence", () => {
    const start = target.indexOf("journalists");
    expect(originalOf(passages, start, start + 11)).toBe("Он встретился с журналистами.");
  });

  it("gives every original sentence a selection crosses, in order", () => {
    const start = target.indexOf("Astana");
    const end = target.indexOf("meeting");
    expect(originalOf(passages, start, end)).toBe("Министр прибыл в Астану. Он встретился с журналистами. Заседание продлится два дня.");
  });
});
