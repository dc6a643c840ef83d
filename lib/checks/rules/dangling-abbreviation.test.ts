import { describe, expect, it } from "vitest";
import { contextFor, contextFromPairs, flaggedTexts, testExamples } from "../test-support";
import { danglingAbbreviation } from "./dangling-abbreviation";

testExamples(danglingAbbreviation);

describe("dangling-abbreviation", () => {
  it("finds the stop when the translation was split into two sentences", () => {
    const context = contextFromPairs([
      ["Об этом сказал и.о. директора больницы Иван Петров.", ["This was said by acting.", "Hospital Director Ivan Petrov."]],
    ]);
    expect(flaggedTexts(danglingAbbreviation.run(context))).toEqual(["acting."]);
  });

  it("points to the source abbreviation", () => {
    const [finding] = danglingAbbreviation.run(
      contextFor("Сотрудник т.е. охранник ушёл домой.", "The employee, i.e. the guard, went home. Then he slept."),
    );
    expect(finding).toBeUndefined();
    const [split] = danglingAbbreviation.run(contextFor("Сотрудник т.е. охранник ушёл домой.", "The employee that. Guard went home."));
    expect(split.source?.text).toBe("т.е.");
  });

  it("suggests the English for an abbreviation the machine read as a word of its own", () => {
    const [finding] = danglingAbbreviation.run(
      contextFor("Концерт прошёл в библиотеке им. Пушкина в Алматы.", "The concert took place in the library them. Pushkin in Almaty."),
    );
    expect([finding.target.text, finding.suggestion]).toEqual(["them.", "named after"]);
    const [acting] = danglingAbbreviation.run(contextFor("Приказ подписал и.о. ректора Иван Петров.", "The order was signed by acting. Rector Ivan Petrov."));
    expect([acting.target.text, acting.suggestion]).toEqual(["acting.", "acting"]);
  });

  it("reads a transliterated thousand after a number", () => {
    const [finding] = danglingAbbreviation.run(contextFor("Поступило 11 тыс. вызовов.", "11 tys. calls were received."));
    expect([finding.target.text, finding.suggestion]).toEqual(["11 tys.", "11 thousand"]);
  });

  it("finds г. kept in Latin letters where its stop split the translation, though English has g. for grams", () => {
    const flagged = (source: string, target: string[]) => danglingAbbreviation.run(contextFromPairs([[source, target]])).map((f) => [f.target.text, f.suggestion]);
    expect(flagged("Он родился в г. Алматы.", ["He was born in g.", "Almaty."])).toEqual([["g.", ""]]);
    expect(flagged("Завод построят в г. Шымкенте.", ["The plant will be built in g.", "Shymkent."])).toEqual([["g.", ""]]);
    // A stop the source has no abbreviation for near it is the split check's, not this one's.
    expect(flagged("Он принёс 5 кг яблок.", ["He brought 5 kg.", "Apples."])).toEqual([]);
  });

  it("reads a transliterated г. before a town's name as город, not a capital initial nor e.g.", () => {
    const flagged = (source: string, target: string) => danglingAbbreviation.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    expect(flagged("Это произошло в г. Алматы.", "This happened in g. Almaty.")).toEqual([["g.", ""]]);
    expect(flagged("Он родился в г. Караганде в 1960 году.", "He was born in g. Karaganda in 1960.")).toEqual([["g.", ""]]);
    expect(flagged("Завод открыли в г. Усть-Каменогорск.", "The plant was opened in g. Ust-Kamenogorsk.")).toEqual([["g.", ""]]);
    expect(flagged("Об этом сказал Г. Стэндинг.", "This was said by G. Standing.")).toEqual([]);
    expect(flagged("Например, в Алматы.", "For instance, e.g. Almaty.")).toEqual([]);
    expect(flagged("Был г. и был дождь.", "There was g. and it rained.")).toEqual([]);
  });
});

describe("dangling-abbreviation: stops that split nothing", () => {
  it("takes no stop for a split where the translation has no more sentences than the source", () => {
    const context = contextFromPairs([[["Выпущено 12,5 тыс. книг.", "Тираж распродан."], "12,500 books were printed. The run sold out."]]);
    expect(flaggedTexts(danglingAbbreviation.run(context))).toEqual([]);
    const split = contextFromPairs([[["Выпущено 12,5 тыс. книг."], "12.5 thousand. Books were printed."]]);
    expect(flaggedTexts(danglingAbbreviation.run(split))).toEqual(["thousand."]);
  });

  it("takes a capital before a name for an initial, not an abbreviation", () => {
    const context = contextFor("В 2020 году книгу Г. Петрова издали в Москве.", "In 2020 the book by petrov. Was published in Moscow.");
    expect(flaggedTexts(danglingAbbreviation.run(context))).toEqual([]);
  });
});

describe("dangling-abbreviation on a hostile run", () => {
  // Matched only from a word's start: from each letter of a long run the pattern rescanned the rest of it.
  it("still finds the stop after a long run of letters", () => {
    const context = contextFromPairs([
      [`Об этом сказал и.о. директора больницы Иван Петров ${"ж".repeat(100_000)}.`, ["This was said by acting.", `Hospital Director Ivan Petrov ${"w".repeat(100_000)}.`]],
    ]);
    expect(flaggedTexts(danglingAbbreviation.run(context))).toEqual(["acting."]);
  });

  // The number before "g." is bounded: from each digit of a long run the pattern rescanned the rest of it.
  it("still finds a year's transliterated abbreviation after a long run of digits", () => {
    const context = contextFor(`Код ${"7".repeat(100_000)}. Это было в 1991 г. в Алматы.`, `Code ${"7".repeat(100_000)}. It was in 1991 g. in Almaty.`);
    expect(danglingAbbreviation.run(context).map((f) => [f.target.text, f.suggestion])).toEqual([["1991 g.", "1991"]]);
  });
});
