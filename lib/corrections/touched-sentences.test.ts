import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align";
import { touchedSentences } from "./touched-sentences";

const SOURCE = "Замминистра Аскар Умаров выступил в среду. Он рассказал о ремонте. Работы начнутся весной.";
const TARGET = "Deputy minister Askara Umarova spoke on Wednesday. He talked about repairs. Work will start in spring.";

describe("touchedSentences", () => {
  const aligned = alignTexts(SOURCE, TARGET, { sourceLang: "ru", targetLang: "en" });

  it("gives each touched sentence before and after, with its original", () => {
    const start = TARGET.indexOf("Askara Umarova");
    const [change, ...rest] = touchedSentences(aligned, [{ start, end: start + 14, text: "Askar Umarov" }]);
    expect(rest).toEqual([]);
    expect(change.before).toBe("Deputy minister Askara Umarova spoke on Wednesday.");
    expect(change.after).toBe("Deputy minister Askar Umarov spoke on Wednesday.");
    expect(change.source).toBe("Замминистра Аскар Умаров выступил в среду.");
  });

  it("keeps two edits in one sentence together and separate sentences apart", () => {
    const edits = [
      { start: TARGET.indexOf("Askara"), end: TARGET.indexOf("Askara") + 6, text: "Askar" },
      { start: TARGET.indexOf("Umarova"), end: TARGET.indexOf("Umarova") + 7, text: "Umarov" },
      { start: TARGET.indexOf("spring"), end: TARGET.indexOf("spring") + 6, text: "the spring" },
    ];
    const changes = touchedSentences(aligned, edits);
    expect(changes.map((c) => c.after)).toEqual(["Deputy minister Askar Umarov spoke on Wednesday.", "Work will start in the spring."]);
    expect(changes[1].source).toBe("Работы начнутся весной.");
  });
});
