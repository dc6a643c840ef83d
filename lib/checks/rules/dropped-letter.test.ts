import { describe, expect, it } from "vitest";
import { contextFor, testExamples } from "../test-support";
import { droppedLetter } from "./dropped-letter";

testExamples(droppedLetter);

const flagged = (source: string, target: string) => droppedLetter.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);

describe("dropped-letter: a real word a letter short where the sentence needs another", () => {
  it("flags an auxiliary that lost its first letter", () => {
    expect(flagged("Год был долгим.", "It as been a long year for Marat.")).toEqual([["as", "has"]]);
    expect(flagged("Я уже говорил тебе.", "I ave told you already.")).toEqual([["ave", "have"]]);
  });

  it("flags a content word in a slot its part of speech does not fit", () => {
    expect(flagged("Задача довольно простая.", "The task is quit simple.")).toEqual([["quit", "quite"]]);
    expect(flagged("Я слышала о нём давно.", "I herd about him long ago.")).toEqual([["herd", "heard"]]);
    expect(flagged("Предложение хорошее, но невыгодное.", "The offer is goo, but unprofitable.")).toEqual([["goo", "good"]]);
  });

  it("leaves the word written as meant", () => {
    expect(flagged("Задача довольно простая.", "The task is quite simple.")).toEqual([]);
    expect(flagged("Он бросил курить.", "He quit smoking last year.")).toEqual([]);
    expect(flagged("Стадо ушло в горы.", "The herd went up into the hills.")).toEqual([]);
    expect(flagged("Он заболел и остался дома.", "He fell ill and stayed at home.")).toEqual([]);
    expect(flagged("Бог любит всех.", "They believe god loves everyone.")).toEqual([]);
  });

  it("leaves a word the corpus has after the word before it and before the word after it", () => {
    expect(flagged("В городе, где вера угасала, здесь была надежда.", "In the city, where faith was fading, here was hope.")).toEqual([]);
  });

  it("leaves a rare word that renders a word of the source faithfully", () => {
    expect(flagged("Это просто бот, сказал он.", "It is just a bot, he said.")).toEqual([]);
  });

  it("flags a word that renders a source word only loosely where the longer word renders it too", () => {
    expect(flagged("Зайдите на сайт компании.", "Go to the sit of the company.")).toEqual([["sit", "site"]]);
  });

  it("flags a past participle that lost its d where the neighbours call for it clearly", () => {
    expect(flagged("Цены выросли на 5% по сравнению с прошлым годом.", "Prices rose by 5% compare to last year.")).toEqual([["compare", "compared"]]);
    expect(flagged("Он был вынужден уйти.", "He was force to leave.")).toEqual([["force", "forced"]]);
    expect(flagged("Их решение было основано на фактах.", "Their decision was base on facts.")).toEqual([["base", "based"]]);
    expect(flagged("Мы сравним цены.", "We will compare prices.")).toEqual([]);
    expect(flagged("Они использовали силу.", "They used force to leave.")).toEqual([]);
  });

  it("asks less of the neighbours where the source has the longer word and not the written one", () => {
    expect(flagged("Цены на металл выросли.", "The price of meal rose sharply.")).toEqual([["meal", "metal"]]);
    expect(flagged("Члены партии собрались в пятницу.", "Members of the arty met on Friday.")).toEqual([["arty", "party"]]);
    expect(flagged("Цены на еду выросли.", "The price of meal rose sharply.")).toEqual([]);
    expect(flagged("Он любит искусство.", "He is an arty type.")).toEqual([]);
  });

  it("asks little of the neighbours where the longer word translates a source word nothing in the translation translates", () => {
    expect(flagged("Осталась одна проблема.", "There is on problem left.")).toEqual([["on", "one"]]);
    expect(flagged("Она нашла работу в Казани.", "She found wok in Kazan.")).toEqual([["wok", "work"]]);
    expect(flagged("Это была хорошая жизнь.", "It was a good lie.")).toEqual([["lie", "life"]]);
    expect(flagged("Женщины вышли на улицы.", "The omen took to the streets.")).toEqual([["omen", "women"]]);
  });

  it("leaves the word where the translation translates that source word elsewhere, or the source cannot tell", () => {
    expect(flagged("Она нашла работу в Казани.", "She found a job at a wok shop in Kazan.")).toEqual([]);
    expect(flagged("Это была хорошая жизнь.", "It was a good life.")).toEqual([]);
    expect(flagged("Это была ложь.", "It was a good lie.")).toEqual([]);
    // A function word is grammar the source's words do not decide; an inflection translates the same lemma.
    expect(flagged("Он не спал всю ночь.", "He was no sleep all night.")).toEqual([]);
    expect(flagged("Он организовал протест.", "He organize a protest.")).toEqual([]);
  });

  it("leaves capitalised words and the halves of a contraction split by spacing", () => {
    expect(flagged("Ад пуст.", "Ad Astra is empty.")).toEqual([]);
    expect(flagged("Я не знаю.", "I don ’ t know.")).toEqual([]);
  });
});
