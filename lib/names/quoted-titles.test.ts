import { describe, expect, it } from "vitest";
import { quotedNameRanges, quotedTitleRanges } from "./quoted-titles";

const titles = (sentence: string) => quotedTitleRanges(sentence).map((t) => [sentence.slice(t.start, t.end), t.keepsName, t.ofBody]);

describe("quotedTitleRanges", () => {
  it("reads a title written the Russian way, first word capitalised, but not a quoted remark", () => {
    expect(titles("Тираж печатает типография «Северная звезда».")).toEqual([["Северная звезда", false, true]]);
    expect(titles("«Мы проиграли заслуженно», — сказал он.")).toEqual([]);
    // Names of its words are only those of a title all capitalised.
    expect(quotedNameRanges("Тираж печатает типография «Северная звезда».")).toEqual([]);
  });

  it("tells a body by its town's adjective, a person of it, or a list after such a title", () => {
    expect(titles("Саратовский «Сокол» проиграл дома.")).toEqual([["Сокол", false, true]]);
    expect(titles("Вратарь «Звезды» получил травму.")).toEqual([["Звезды", false, true]]);
    expect(titles("Скидки объявили сети «Дикси» и «Светофор».")).toEqual([
      ["Дикси", false, true],
      ["Светофор", false, true],
    ]);
  });

  it("leaves a ship, a work by its author, a pipeline and a title after a political adjective as no body's", () => {
    expect(titles("Корабль «Пуск» вышел в море.")).toEqual([["Пуск", false, false]]);
    expect(titles("Вышла статья Фурмана «Зрелые годы».")).toEqual([["Зрелые годы", false, false]]);
    expect(titles("Газ пошёл по газопроводу «Голубой поток».")).toEqual([["Голубой поток", false, false]]);
    expect(titles("Это политический «Манифест».")).toEqual([["Манифест", false, false]]);
  });
});
