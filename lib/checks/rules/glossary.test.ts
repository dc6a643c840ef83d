import { describe, expect, it } from "vitest";
import { starterGlossary, type GlossaryEntry } from "@/lib/glossary";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { glossary } from "./glossary";

testExamples(glossary, starterGlossary);

const run = (source: string, target: string, terms: GlossaryEntry[] = starterGlossary) =>
  glossary.run(contextFor(source, target, terms));

describe("glossary", () => {
  it("finds a term in any case form of the source", () => {
    expect(flaggedTexts(run("Звонок Садыру Жапарову состоялся вечером.", "The call to Sadyr Zhaparov took place in the evening."))).toEqual(["Zhaparov"]);
    expect(run("Звонок Садыру Жапарову состоялся вечером.", "The call to Sadyr Japarov took place in the evening.")).toEqual([]);
    expect(flaggedTexts(run("Он встретился с Эмомали Рахмоном.", "He met Emomali Rakhmon."))).toEqual(["Rakhmon"]);
  });

  it("flags a declined English rendering of an official spelling", () => {
    const [finding] = run("Пресс-служба Касым-Жомарта Токаева сообщила.", "The press service of Kassym-Jomart Tokayeva reported.");
    expect(finding.target.text).toBe("Tokayeva");
    expect(finding.suggestion).toBe("Tokayev");
    expect(finding.source?.text).toBe("Токаева");
  });

  it("accepts any of the alternatives a term has, and a possessive", () => {
    expect(run("Пресс-служба КНБ сообщила.", "The National Security Committee press service reported.")).toEqual([]);
    expect(run("Пресс-служба КНБ сообщила.", "The KNB's press service reported.")).toEqual([]);
  });

  it("treats a capitalised term as a name: the common noun is free to be translated", () => {
    expect(run("На орбиту вышел новый спутник.", "A new satellite reached orbit.")).toEqual([]);
    expect(run("Спутник вышел на орбиту.", "The satellite reached orbit.")).toEqual([]);
  });

  it("points at the word that runs the English form into the next one, not at the sentence", () => {
    const findings = run("Завод в Таразе, который закрыли весной, снова работает.", "The plant in Tarazwhich was closed in spring is working again.");
    expect(flaggedTexts(findings)).toEqual(["Tarazwhich"]);
    expect(findings[0].suggestion).toBeNull();
    expect(flaggedTexts(run("Делегация прибыла в Астану вчера.", "The delegation arrived Astanain yesterday."))).toEqual(["Astanain"]);
  });

  it("takes a case ending glued to the form for a declined spelling, with the form as the fix", () => {
    const [finding] = run("Переговоры с Эмомали Рахмоном прошли в Душанбе.", "Talks with Emomali Rahmonom were held in Dushanbe.");
    expect([finding.target.text, finding.suggestion]).toEqual(["Rahmonom", "Rahmon"]);
  });

  it("points at a plain transliteration of the term, with the required English form as the fix", () => {
    const [finding] = run("Пенсии в Приднестровье выплатят в срок.", "Pensions in Pridnestrovie will be paid on time.");
    expect([finding.target.text, finding.suggestion]).toEqual(["Pridnestrovie", "Transnistria"]);
    const [kirgizia] = run("Делегация Киргизии прибыла.", "The delegation of Kirgizia arrived.");
    expect([kirgizia.target.text, kirgizia.suggestion]).toEqual(["Kirgizia", "Kyrgyzstan"]);
  });

  it("points at the whole translation, without a suggestion, when nothing renders the term", () => {
    const findings = run("Встреча прошла в Нур-Султане.", "The meeting took place in the capital.");
    expect(flaggedTexts(findings)).toEqual(["The meeting took place in the capital."]);
    expect(findings[0].suggestion).toBeNull();
  });

  it("uses the reviewers' glossary, not only the starter one", () => {
    const terms: GlossaryEntry[] = [{ source: "Мажилис", target: "Mazhilis", kind: "DO_NOT_TRANSLATE" }];
    expect(flaggedTexts(run("Депутаты Мажилиса приняли закон.", "Deputies of the Majilis passed the law.", terms))).toEqual(["Majilis"]);
  });
});
