import { describe, expect, it } from "vitest";
import { segment } from "./index";

const sentencesOf = (text: string, lang: string) => segment(text, lang).sentences.map((s) => s.text);

describe("segment: Russian abbreviations and initials", () => {
  it("keeps г., т.е., и.о., ул., тыс. and months inside the sentence", () => {
    const text =
      "И.о. мэра г. Тараз Марат Оспанов, т.е. глава города, приехал на ул. Абая 5 фев. 2023 г. утром. " +
      "Там собрались около 2,5 тыс. жителей. Проф. Б.К. Жумабаев и Б. К. Жумабаева выступили.";
    expect(sentencesOf(text, "ru")).toEqual([
      "И.о. мэра г. Тараз Марат Оспанов, т.е. глава города, приехал на ул. Абая 5 фев. 2023 г. утром.",
      "Там собрались около 2,5 тыс. жителей.",
      "Проф. Б.К. Жумабаев и Б. К. Жумабаева выступили.",
    ]);
  });

  it("ends a sentence after a year written with г. but not before a city name", () => {
    expect(sentencesOf("Завод открыли в 2019 г. Сейчас там работают 300 человек.", "ru")).toEqual([
      "Завод открыли в 2019 г.",
      "Сейчас там работают 300 человек.",
    ]);
  });

  it("keeps a quoted exclamation with its lower-case attribution", () => {
    expect(sentencesOf("«Хватит!» — крикнул водитель. Все замолчали.", "ru")).toEqual([
      "«Хватит!» — крикнул водитель.",
      "Все замолчали.",
    ]);
  });
});

describe("segment: English abbreviations and initials", () => {
  it("keeps titles, months, U.S., a.m. and initials inside the sentence", () => {
    const text =
      "Mr. Brown met Dr. K. L. Adams in the U.S. capital on Feb. 3 at 9 a.m. local time. " +
      "Prof. J.R. Ewing and Gen. Lee disagreed, e.g. on taxes. No. 7 was chosen.";
    expect(sentencesOf(text, "en")).toEqual([
      "Mr. Brown met Dr. K. L. Adams in the U.S. capital on Feb. 3 at 9 a.m. local time.",
      "Prof. J.R. Ewing and Gen. Lee disagreed, e.g. on taxes.",
      "No. 7 was chosen.",
    ]);
  });

  it("splits after a.m. when a capitalised sentence follows", () => {
    expect(sentencesOf("The shop opens at 8 a.m. Customers queue early.", "en")).toEqual([
      "The shop opens at 8 a.m.",
      "Customers queue early.",
    ]);
  });

  it("keeps a real break after an ordinary word ending in a period", () => {
    expect(sentencesOf("Said the acting. Fire Chief of the region.", "en")).toHaveLength(2);
  });
});

describe("segment: paragraphs and offsets", () => {
  const text =
    "  Dateline: Pavlodar  \r\n\r\nThe mayor spoke first. He left\nthe room quickly.\n– said the spokesman.\n\n\n* * *\n";

  it("separates paragraphs at blank lines and at lines that stand as blocks", () => {
    const { paragraphs } = segment(text, "en");
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Dateline: Pavlodar",
      "The mayor spoke first. He left\nthe room quickly.",
      "– said the spokesman.",
      "* * *",
    ]);
  });

  it("maps every sentence back to the original text, trimmed, with paragraph and index", () => {
    const { sentences } = segment(text, "en");
    expect(sentences.map((s) => [s.index, s.paragraph, s.text])).toEqual([
      [0, 0, "Dateline: Pavlodar"],
      [1, 1, "The mayor spoke first."],
      [2, 1, "He left\nthe room quickly."],
      [3, 2, "– said the spokesman."],
      [4, 3, "* * *"],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("counts offsets in UTF-16 code units (astral characters take two)", () => {
    const emoji = "Погода 🌧 испортилась. Матч 𝟐 отменили.";
    const { sentences } = segment(emoji, "ru");
    expect(sentences.map((s) => emoji.slice(s.start, s.end))).toEqual(["Погода 🌧 испортилась.", "Матч 𝟐 отменили."]);
    expect(sentences[1].start).toBe(emoji.indexOf("Матч"));
  });

  it("returns nothing for an empty or blank text", () => {
    expect(segment("", "ru")).toEqual({ lang: "ru", text: "", paragraphs: [], sentences: [] });
    expect(segment(" \n\n \t", "en").sentences).toEqual([]);
  });
});

describe("segment: a long paragraph of many sentences", () => {
  // The segmenter reads a long paragraph a window at a time: cut off before "degrees", it would end a sentence at "+5...".
  it("splits as usual wherever a sentence falls against a window's edge", () => {
    const sentences = ["Rescuers worked through the night near the flooded bridge over the river.", "It will warm to +5... +7 degrees by noon.", "Rain is expected."];
    for (let pad = 0; pad < 160; pad++) {
      const text = `${sentences[0]} `.repeat(54) + " ".repeat(pad) + `${sentences[1]} ${sentences[2]}`;
      expect(sentencesOf(text, "en").slice(-3)).toEqual(sentences);
      expect(sentencesOf(text, "en")).toHaveLength(56);
    }
  });

  it("keeps a long run of initials with the sentence it opens and ends the sentence after it", () => {
    const [first, ...rest] = sentencesOf(`${"Б. ".repeat(60_000)}Жумабаев выступил. Затем слово взял мэр.`, "ru");
    expect([first.slice(-18), ...rest]).toEqual(["Жумабаев выступил.", "Затем слово взял мэр."]);
    expect(sentencesOf(`Fire Chief spoke. ${"K. ".repeat(60_000)}Smith agreed.`, "en")).toHaveLength(2);
  });
});
