import { describe, expect, it } from "vitest";
import { findTerms, indexOfForm, starterGlossary, type GlossaryEntry } from "@/lib/glossary";

const texts = (text: string, glossary: GlossaryEntry[] = starterGlossary) => findTerms(text, glossary).map((o) => o.text);

describe("findTerms", () => {
  it("finds terms in every case form, hyphenated names included", () => {
    expect(texts("Глава Россотрудничества прилетел в Нур-Султан, а потом в Алма-Ату.")).toEqual(["Россотрудничества", "Нур-Султан", "Алма-Ату"]);
    expect(texts("Он говорил с Садыром Жапаровым и Эмомали Рахмоном.")).toEqual(["Садыром", "Жапаровым", "Эмомали", "Рахмоном"]);
  });

  it("does not take a longer surname for a term (Рахмонов is not Рахмон)", () => {
    expect(texts("Выступил Рахмонов.")).toEqual([]);
  });

  it("matches a capitalised term only as a name, and gives alternatives together", () => {
    expect(texts("На орбиту вывели спутник.")).toEqual([]);
    const [knb] = findTerms("Об этом сообщили в КНБ.", starterGlossary);
    expect(knb.entries.map((e) => e.target)).toEqual(["KNB", "National Security Committee"]);
  });

  it("gives document offsets", () => {
    const [hit] = findTerms("в ОДКБ", starterGlossary, 100);
    expect(hit).toMatchObject({ start: 102, end: 106, text: "ОДКБ" });
  });
});

describe("indexOfForm", () => {
  it("finds a whole-word form, possessive and demonym included", () => {
    expect(indexOfForm("The KNB's press service", "KNB")).toBe(4);
    expect(indexOfForm("the Belarusian team", "Belarus")).toBe(4);
    expect(indexOfForm("Tokayeva said", "Tokayev")).toBe(-1);
  });
});

describe("starterGlossary", () => {
  it("holds the official spellings of the region", () => {
    const targets = Object.fromEntries(starterGlossary.map((e) => [e.source, e.target]));
    expect(targets).toMatchObject({ Токаев: "Tokayev", "Касым-Жомарт": "Kassym-Jomart", Жапаров: "Japarov", ОДКБ: "CSTO" });
  });
});
