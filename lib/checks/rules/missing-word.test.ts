import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { missingWord } from "./missing-word";

testExamples(missingWord);

describe("missing-word", () => {
  const flagged = (source: string, target: string) => flaggedTexts(missingWord.run(contextFor(source, target)));

  it("flags an article before a preposition, a verb form, a conjunction or a pronoun, where a name dropped out", () => {
    expect(flagged("ЕСПЧ признал аресты политически мотивированными.", "The has recognized the arrests as politically motivated.")).toEqual(["The has"]);
    expect(flagged("Делегация прибыла к Театру драмы в Екатеринбурге.", "The delegation arrived near the in Yekaterinburg.")).toEqual(["the in"]);
    expect(flagged("Министр встретился с послом Японии и Кореи.", "The minister met the ambassador of the and Korea.")).toEqual(["the and"]);
    expect(flagged("Приложение организации из Техаса заблокировали.", "An app of an organisation from a was blocked.")).toEqual(["a was"]);
  });

  it("flags an article that ends the sentence, its noun dropped", () => {
    expect(flagged("Сильные землетрясения произошли на Балканах.", "Strong earthquakes hit the.")).toEqual(["the"]);
    expect(flagged("Соглашение подписали в Анкаре", "The agreement was signed in an")).toEqual(["an"]);
    expect(flagged("Он играет на пианино.", "He plays the piano.")).toEqual([]);
    expect(flagged("А.", "A.")).toEqual([]);
  });

  it("leaves an article before a word of a noun phrase, a hyphenated compound, an initial and a time", () => {
    expect(flagged("Законопроект внесли в Госдуму.", "The bill was introduced to the State Duma.")).toEqual([]);
    expect(flagged("Все подозреваемые из России.", "All of the suspects are from Russia.")).toEqual([]);
    expect(flagged("Лучше быть бывшим.", "It is better to be a has-been.")).toEqual([]);
    expect(flagged("Об этом рассказал А. Илларионов.", "This was told by A. Illarionov.")).toEqual([]);
    expect(flagged("Встреча начнётся в 8 утра.", "The meeting starts at 8 a.m. sharp.")).toEqual([]);
    expect(flagged("США ввели санкции.", "The US imposed sanctions.")).toEqual([]);
    expect(flagged("Воля принадлежит Богу.", "The will belongs to God.")).toEqual([]);
    // A word of those classes that ends the sentence is a noun spelled like one; an article after an article is one too many.
    expect(flagged("Кладу пачку на кассу.", "I put a pack on the till.")).toEqual([]);
    expect(flagged("В чужих руках ломоть велик.", "In the wrong hands, the a chunk can do great things.")).toEqual([]);
  });
});
