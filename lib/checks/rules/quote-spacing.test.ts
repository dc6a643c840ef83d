import { describe, expect, it } from "vitest";
import { alignedFromPairs, contextFor, flaggedTexts, testExamples } from "../test-support";
import { createCheckContext } from "../context";
import { quoteSpacing } from "./quote-spacing";

testExamples(quoteSpacing);

function flagged(source: string, target: string): string[] {
  return flaggedTexts(quoteSpacing.run(contextFor(source, target)));
}

describe("quote-spacing", () => {
  it("pairs a straight opening quote with a curly closing one", () => {
    expect(flagged("«Это возможно», — цитирует его агентство.", "\"This is possible,” the agency quotes him.")).toEqual([]);
  });

  it("flags a space inside the marks where the outside is spaced or punctuated as it should be", () => {
    expect(flagged("Депутат назвал закон «позорным».", "The deputy called the law \"shameful \".")).toEqual(["\"shameful \""]);
    expect(flagged("Тренер назвал матч «лучшим в сезоне», добавив, что доволен.", "The coach called the match “ the best of the season”, adding that he was pleased.")).toEqual([
      "“ the best of the season”",
    ]);
    expect(flagged("Газета Le Figaro назвала план Байру «смелым».", "Le Figaro called Bayrou's plan \" bold\".")).toEqual(["\" bold\""]);
  });

  it("does not flag spaced marks whose text runs over a line break, but does flag those after it", () => {
    const source = "Он уехал (навсегда и не вернулся). Она ответила «да» и ушла.";
    expect(flagged(source, "He left ( for good\nand never ) came back. She answered “ yes ” and left.")).toEqual(["“ yes ”"]);
    expect(flagged(source, "He left\r\n( for good and never ) came back. She answered “yes” and left.")).toEqual(["( for good and never )"]);
  });

  it("accepts quotation marks set against the words they enclose", () => {
    expect(flagged("Мэр Варшавы назвал решение «ошибкой» и ушёл.", "The mayor of Warsaw called the decision \"a mistake\" and left.")).toEqual([]);
    expect(flagged("Она сказала: «Всё будет хорошо».", "She said: “Everything will be fine.”")).toEqual([]);
  });

  it("flags quotation marks set against the words outside them, not brackets so set", () => {
    expect(flagged("Компания «Самрук» объявила о сделке.", "The company “Samruk”announced a deal.")).toEqual(["“Samruk”announced"]);
    expect(flagged("Фильм «Дюна» вышел вчера.", "The film\"Dune\" came out yesterday.")).toEqual(["film\"Dune\""]);
    expect(flagged("Партия «Аманат» победила.", "The “Amanat” party and the “Amanat”'s rivals won.")).toEqual([]);
    expect(flagged("Значение f(x) растёт.", "The value f(x) grows.")).toEqual([]);
  });

  it("flags two quotation marks side by side against a word, not a close and an open run together between spaces", () => {
    const suggestions = (source: string, target: string) => quoteSpacing.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    expect(suggestions("Компания «Самрук» объявила.", "The company \"\"Samruk\"\" announced.")).toEqual([["\"\"", "\""], ["\"\"", "\""]]);
    expect(suggestions("Газета «Время» вышла.", "The newspaper ““Vremya” came out.")).toEqual([["““", "“"]]);
    expect(suggestions("Он сказал: «Нет». «Да», — ответила она.", "He said: \"No.\" \"\" Yes,\" she replied.")).toEqual([["\"", null]]);
    expect(flagged("Компания «Банк «Центр»» объявила.", "The company \"Bank \"Center\"\" announced.")).toEqual([]);
  });

  it("flags Russian quotation marks kept in the English, once for a quotation inside another", () => {
    const suggestions = (source: string, target: string) => quoteSpacing.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    expect(suggestions("Компания «Самрук» объявила.", "The company «Samruk» announced.")).toEqual([["«Samruk»", "“Samruk”"]]);
    expect(suggestions("Он назвал это «ошибкой», а план — «смелым».", "He called it «a mistake» and the plan «bold».")).toEqual([
      ["«a mistake»", "“a mistake”"],
      ["«bold»", "“bold”"],
    ]);
    expect(suggestions("Компания «Банк «Центр»» объявила.", "The company «Bank «Center»» announced.")).toEqual([["«Bank «Center»»", "“Bank ‘Center’”"]]);
    expect(suggestions("Компания «Самрук» объявила.", "The company “Samruk” announced.")).toEqual([]);
  });

  it("flags an unclosed bracket", () => {
    expect(flagged("Она (в отличие от него) осталась.", "She (unlike him stayed.")).toEqual(["("]);
  });

  it("does not flag list numbering", () => {
    expect(flagged("Пункты: 1) дороги; 2) мосты.", "Items: 1) roads; 2) bridges.")).toEqual([]);
  });

  it("accepts an unclosed quotation that the source leaves open too", () => {
    expect(flagged("«Мы всё сделали правильно.", "“We did everything right.")).toEqual([]);
  });

  it("accepts a quotation continued in the next paragraph", () => {
    const aligned = alignedFromPairs([
      ["«Первый абзац.", "“First paragraph."],
      ["«Второй абзац».", "“Second paragraph.”"],
    ]);
    const second = aligned.target.sentences[1];
    aligned.target.paragraphs = [
      { index: 0, start: 0, end: aligned.target.sentences[0].end },
      { index: 1, start: second.start, end: second.end },
    ];
    expect(quoteSpacing.run(createCheckContext(aligned))).toEqual([]);
  });
});

describe("quote-spacing on a hostile run", () => {
  // The source is read once per sentence, not once per unpaired mark.
  it("flags each of thousands of unclosed brackets in one sentence, unless the source leaves one open too", () => {
    const target = `She (unlike him stayed ${"(and waited ".repeat(5000)}in vain.`;
    expect(flagged(`Она (в отличие от него) осталась ${"и ждала ".repeat(5000)}напрасно.`, target)).toEqual(Array(5001).fill("("));
    expect(flagged(`Она (в отличие от него осталась ${"и ждала ".repeat(5000)}напрасно.`, target)).toEqual([]);
  });

  // A closing mark finds its partner without searching the open marks inside it.
  it("pairs a bracket closed after thousands of square brackets left open, which are flagged", () => {
    const target = `The vote (held on ${"[Monday ".repeat(20_000)}the square) was close.`;
    expect(flagged(`Голосование (в понедельник ${"на площади ".repeat(20_000)}) было равным.`, target)).toEqual(Array(20_000).fill("["));
  });

  // Each pair's spacing is told by the marks' neighbours, not by reading all the pairs nested inside it.
  it("flags a spaced quotation inside thousands of nested brackets", () => {
    const depth = 20_000;
    const source = `${"(".repeat(depth)}Депутат назвал закон «позорным» вчера${")".repeat(depth)}`;
    const target = `${"(".repeat(depth)}The deputy called the law “ shameful ” yesterday${")".repeat(depth)}`;
    expect(flagged(source, target)).toEqual(["“ shameful ”"]);
    expect(flagged(source, target.replace("“ shameful ”", "“shameful”"))).toEqual([]);
  });

  // A pair enclosing more than a quotation can is not flagged with all of it: nested pairs made flags of quadratic size.
  it("flags the inner of thousands of spaced nested brackets, not those enclosing more than a quotation can", () => {
    const depth = 6_000;
    const texts = flagged(`${"( ".repeat(depth)}закон принят${" )".repeat(depth)}`, `${"( ".repeat(depth)}the law was passed${" )".repeat(depth)}`);
    expect(texts).toContain("( the law was passed )");
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.length).toBeLessThan(depth);
    expect(Math.max(...texts.map((text) => text.length))).toBeLessThanOrEqual(10_002);
  });

  // Each unpaired mark's sentence is found by binary search, not by reading the sentences one by one.
  it("flags the unclosed bracket of each of a thousand sentences whose source closes it", () => {
    const target = "The mayor (of the city spoke. ".repeat(1000);
    expect(flagged("Мэр (города) выступил. ".repeat(1000), target)).toEqual(Array(1000).fill("("));
    expect(flagged("Мэр (города выступил. ".repeat(1000), target)).toEqual([]);
  });
});
