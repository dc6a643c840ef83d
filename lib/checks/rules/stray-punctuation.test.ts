import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { strayPunctuation } from "./stray-punctuation";

testExamples(strayPunctuation);

function flagged(source: string, target: string): string[] {
  return flaggedTexts(strayPunctuation.run(contextFor(source, target)));
}

describe("stray-punctuation", () => {
  it("flags the spacing of tokenised text", () => {
    expect(flagged("Это её бывший муж.", "He is her sister 's ex-husband .")).toEqual([" 's", " ."]);
  });

  it("flags doubled marks but not an ellipsis", () => {
    expect(flagged("Ну что ж...", "Well then,. we go...")).toEqual([",."]);
  });

  it("leaves abbreviations and initials inside a sentence alone", () => {
    expect(flagged("Встреча в 10 утра в США.", "They met at 10 a.m. in the U.S. and Dr. Smith et al. agreed.")).toEqual([]);
  });

  it("leaves a web address broken at its dot to broken-domain, also when its label is an English word", () => {
    expect(flagged("Указ опубликован на сайте president.kg.", "The decree was published on the website president. kg.")).toEqual([]);
    expect(flagged("Подробности на сайте stopterrorism.kz.", "Details are on the website stopterrorism. kz.")).toEqual([]);
  });

  it("flags punctuation right after an article", () => {
    expect(flagged("Это было на официальном сайте.", "It was on the; official website.")).toEqual(["the;"]);
  });

  it("flags a plural possessive followed by a verb", () => {
    expect(flagged("Клетки могут передаваться.", "The germline cells' can be passed on.")).toEqual(["cells'"]);
  });

  it("flags a question mark the source does not have", () => {
    expect(flagged("Церемония прошла по инициативе России.", "The ceremony took place at? The initiative of Russia.")).toEqual([
      "at?",
    ]);
  });

  it("keeps a question mark that the source has", () => {
    expect(flagged("«Зачем?» — спросил он.", "“Why?” he asked.")).toEqual([]);
  });
});

describe("stray-punctuation: source and grammar", () => {
  it("leaves punctuation that copies the source", () => {
    expect(flagged("Драки не было::", "There was no fight::")).toEqual([]);
  });

  it("flags a comma between a modal and its verb, not a parenthesis", () => {
    expect(flagged("Будет облачно.", "It will, be cloudy.")).toEqual(["will,"]);
    expect(flagged("Будет облачно.", "It will, however, be cloudy. That is, rain.")).toEqual([]);
  });

  it("flags punctuation inside a capitalised name of several words, with the name as the fix", () => {
    const [finding] = strayPunctuation.run(contextFor("Отношения разорвали Объединенные Арабские Эмираты.", "Relations were severed by the United Arab, Emirates."));
    expect([finding?.target.text, finding?.suggestion]).toEqual(["United Arab, Emirates", "United Arab Emirates"]);
    expect(flagged("Страны: Саудовская Аравия, Объединенные Арабские Эмираты.", "Countries: Saudi Arabia, United Arab Emirates.")).toEqual([]);
    expect(flagged("Это сделали в Соединенных Штатах.", "It was done in the united, states of mind.")).toEqual([]);
  });

  it("flags a comma or colon right before a bracket, not before an enumeration", () => {
    expect(flagged("Задержан вместе с Артемом Суворовым (Центристская партия).", "He was detained with Artem Suvorov: (Centre Party).")).toEqual(["Suvorov:"]);
    expect(flagged("Варианты (а) да и (б) нет.", "Options: (a) yes and (b) no.")).toEqual([]);
    expect(flagged("В повестке (iii) бюджет.", "The agenda includes: (iii) the budget.")).toEqual([]);
    expect(flagged("Выручка (2 млрд долларов) выросла.", "Revenue, ($2 billion) grew.")).toEqual([]);
  });
});
