import { describe, expect, it } from "vitest";
import { alignTexts, type AlignedText } from "./index";

const RUSSIAN = `Пожарные Караганды потушили склад

Вечером 3 февраля на ул. Ермекова загорелся склад площадью 1 200 кв. м. Огонь тушили 40 человек.

«Пострадавших нет. Причины пожара выясняют»,
— сообщил и.о. начальника департамента по ЧС Ерлан Сейткали.`;

const ENGLISH = `Karaganda firefighters put out a warehouse fire

On the evening of February 3, a warehouse of 1,200 sq. m caught fire on Yermekov Street. 40 people fought the fire.

“There are no casualties. The causes of the fire are being investigated,”
– said acting. Head of the Emergency Department Yerlan Seitkali.`;

/** Each bead as [source sentences, target sentences], read back through the offsets. */
const rows = ({ source, target, beads }: AlignedText) =>
  beads.map((bead) => [
    bead.source.map((i) => source.text.slice(source.sentences[i].start, source.sentences[i].end)),
    bead.target.map((j) => target.text.slice(target.sentences[j].start, target.sentences[j].end)),
  ]);

describe("alignTexts", () => {
  it("segments both texts and pairs their sentences, the dangling abbreviation as a 1-2 bead", () => {
    expect(rows(alignTexts(RUSSIAN, ENGLISH, { sourceLang: "ru", targetLang: "en" }))).toEqual([
      [["Пожарные Караганды потушили склад"], ["Karaganda firefighters put out a warehouse fire"]],
      [
        ["Вечером 3 февраля на ул. Ермекова загорелся склад площадью 1 200 кв. м."],
        ["On the evening of February 3, a warehouse of 1,200 sq. m caught fire on Yermekov Street."],
      ],
      [["Огонь тушили 40 человек."], ["40 people fought the fire."]],
      [["«Пострадавших нет."], ["“There are no casualties."]],
      [["Причины пожара выясняют»,"], ["The causes of the fire are being investigated,”"]],
      [
        ["— сообщил и.о. начальника департамента по ЧС Ерлан Сейткали."],
        ["– said acting.", "Head of the Emergency Department Yerlan Seitkali."],
      ],
    ]);
  });

  it("keeps paragraph indices and the untouched texts", () => {
    const aligned = alignTexts(RUSSIAN, ENGLISH, { sourceLang: "ru", targetLang: "en" });
    expect(aligned.source.text).toBe(RUSSIAN);
    expect(aligned.target.text).toBe(ENGLISH);
    expect(aligned.source.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it("aligns against an empty side without losing the other side's sentences", () => {
    const aligned = alignTexts("", ENGLISH, { sourceLang: "ru", targetLang: "en" });
    expect(aligned.source.sentences).toEqual([]);
    expect(aligned.beads.map((b) => b.target)).toEqual(aligned.target.sentences.map((s) => [s.index]));
    expect(aligned.beads.every((b) => b.source.length === 0)).toBe(true);
  });
});
