import { describe, expect, it } from "vitest";
import { contextFor, contextFromPairs, flaggedTexts, testExamples } from "../test-support";
import { nameCase } from "./name-case";

testExamples(nameCase);

describe("name-case", () => {
  it("reads the surname's case from the first name it agrees with (Коцу after Александру is dative of Коц)", () => {
    const [finding] = nameCase.run(contextFor("Врач рассказал Александру Коцу о вызовах.", "The doctor told Alexandru Kotsu about the calls."));
    expect(finding.target.text).toBe("Alexandru Kotsu");
    expect(finding.source?.text).toBe("Александру Коцу");
    expect(finding.message).toContain("dative");
  });

  it("flags a first name that lost only part of the ending, and suggests its nominative; the message gives the whole name", () => {
    const findings = nameCase.run(
      contextFor("Президент поговорил с Николом Пашиняном.", "The president spoke with Nikola Pashinyan."),
    );
    expect(flaggedTexts(findings)).toEqual(["Nikola"]);
    expect(findings[0].suggestion).toBe("Nikol");
    expect(findings[0].message).toContain("“Nikol Pashinyan”");
  });

  it("flags only the first name when the feminine surname beside it is rightly in the nominative", () => {
    const findings = nameCase.run(contextFor("Песню исполнила группа Оли Поляковой.", "The song was performed by the band of Oli Polyakova."));
    expect(flaggedTexts(findings)).toEqual(["Oli"]);
    expect(findings[0].suggestion).toBe("Olya");
  });

  it("flags a genitive masculine name (Вячеслава Володина)", () => {
    const findings = nameCase.run(contextFor("Это слова Вячеслава Володина.", "These are the words of Vyacheslava Volodina."));
    expect(findings.map((f) => f.suggestion)).toEqual(["Vyacheslav Volodin"]);
  });

  it("suggests the spelling the article already uses for the same person", () => {
    const context = contextFromPairs([
      ["Военкор Александр Коц побывал в центре.", "War correspondent Alexander Kots visited the centre."],
      ["Об этом врач рассказал Александру Коцу.", "The doctor told this to Alexandru Kotsu."],
    ]);
    expect(nameCase.run(context).map((f) => f.suggestion)).toEqual(["Alexander Kots"]);
  });

  it("reads an unknown name as declined when the article names the man in the nominative elsewhere", () => {
    const context = contextFromPairs([
      ["По словам замминистра Ерлана Акбарова, ремонт начнётся в ноябре.", "According to Deputy Minister Yerlana Akbarova, repairs will begin in November."],
      ["«Дефицита не будет», — подчеркнул Акбаров.", "“There will be no shortage,” Akbarov stressed."],
    ]);
    expect(nameCase.run(context).map((f) => [f.target.text, f.suggestion])).toEqual([["Yerlana Akbarova", "Yerlan Akbarov"]]);
  });

  it("keeps an unknown name that may be a woman's when the article has no man of that surname", () => {
    const context = contextFromPairs([
      ["По словам замминистра Ерланы Акбаровой, ремонт начнётся в ноябре.", "According to Deputy Minister Yerlana Akbarova, repairs will begin in November."],
      ["Об этом сообщила Ерлана Акбарова.", "Yerlana Akbarova reported this."],
    ]);
    expect(nameCase.run(context)).toEqual([]);
  });

  it("flags a place's adjective transliterated with its Russian case ending, and suggests its nominative", () => {
    const flags = (source: string, target: string) => nameCase.run(contextFor(source, target)).map((f) => [f.target.text, f.suggestion]);
    expect(flags("В Рязанской области осудили профессора.", "A professor was convicted in the Ryazanskoy region.")).toEqual([["Ryazanskoy", "Ryazanskaya"]]);
    expect(flags("Жители Кунцевского района пожаловались.", "Residents of the Kuntsevskogo district complained.")).toEqual([["Kuntsevskogo", "Kuntsevsky"]]);
    expect(flags("Пробка на Кутузовском проспекте.", "A traffic jam on Kutuzovskom Prospekt.")).toEqual([["Kutuzovskom", "Kutuzovsky"]]);
  });

  it("leaves a place's adjective in the nominative and the place's own name", () => {
    expect(nameCase.run(contextFor("Пробка на Кутузовском проспекте.", "A traffic jam on Kutuzovsky Prospekt."))).toEqual([]);
    expect(nameCase.run(contextFor("В Рязанской области осудили профессора.", "A professor was convicted in the Ryazan region."))).toEqual([]);
  });

  it("leaves feminine surnames in the nominative and surnames whose case a lone form can't tell", () => {
    expect(nameCase.run(contextFor("Заявление сделала Элла Памфилова.", "The statement was made by Ella Pamfilova."))).toEqual([]);
    expect(nameCase.run(contextFor("Позже Умарова ответила журналистам.", "Later Umarova answered the journalists."))).toEqual([]);
  });

  it("accepts a correctly declined name and an official spelling no scheme gives", () => {
    const context = contextFor(
      "Звонок Касым-Жомарта Токаева Садыру Жапарову.",
      "A call from Kassym-Jomart Tokayev to Sadyr Japarov.",
    );
    expect(nameCase.run(context)).toEqual([]);
  });

  it("takes the words of a quoted title as written: a venue is no person whose first name declines", () => {
    const context = contextFor("Концерт пройдёт в комплексе «Мирона Парк».", "The concert will take place at the Mirona Park complex.");
    expect(nameCase.run(context)).toEqual([]);
  });

  it("still flags the same words unquoted, where they are a person's name in the genitive", () => {
    const findings = nameCase.run(contextFor("Это слова Мирона Петрова.", "These are the words of Mirona Petrov."));
    expect(flaggedTexts(findings)).toEqual(["Mirona"]);
  });
});
