import { describe, expect, it } from "vitest";
import { contextFor, contextFromPairs, flaggedTexts, testExamples } from "../test-support";
import { nameMissing } from "./name-missing";

testExamples(nameMissing);

describe("name-missing", () => {
  it("names the missing person in the message and points at the source name", () => {
    const [finding] = nameMissing.run(contextFor("Об этом рассказал генеральный секретарь партии Михаил Корб.", "The general secretary of the party said this."));
    expect(finding.source?.text).toBe("Михаил Корб");
    expect(finding.message).toContain("Mikhail Korb");
    expect(finding.suggestion).toBeNull();
  });

  it("finds a country under its English name, and a removed one", () => {
    expect(nameMissing.run(contextFor("Отношения с Катаром разорвали ОАЭ и Египет.", "Qatar's relations were severed by the UAE and Egypt."))).toEqual([]);
    expect(flaggedTexts(nameMissing.run(contextFor("Отношения с Катаром разорвали ОАЭ и Египет.", "Relations were severed by the UAE and Egypt.")))).toHaveLength(1);
    expect(flaggedTexts(nameMissing.run(contextFor("Число заболевших в России выросло.", "The number of cases grew.")))).toHaveLength(1);
  });

  it("accepts a name written into the next word, which the glued-word check reports", () => {
    expect(nameMissing.run(contextFor("Об этом рассказал «Спутник Казахстан».", "This was said by Sputnik Kazakhstanthat."))).toEqual([]);
  });

  it("requires a Latin-script name verbatim", () => {
    expect(flaggedTexts(nameMissing.run(contextFor("Об этом он сказал в интервью ERR.", "He said this in an interview.")))).toHaveLength(1);
    expect(nameMissing.run(contextFor("Об этом он сказал в интервью ERR.", "He said this in an interview with ERR."))).toEqual([]);
  });

  it("leaves alone what English often translates or drops: adjectives, familiar first names, abbreviations", () => {
    expect(nameMissing.run(contextFor("Парад прошёл на Красной площади.", "The parade took place on Red Square."))).toEqual([]);
    expect(nameMissing.run(contextFor("Потом Саша уехал.", "Then Alexander left."))).toEqual([]);
    expect(nameMissing.run(contextFor("Пресс-служба ГУ МЧС сообщила об этом.", "The emergencies ministry said so."))).toEqual([]);
  });

  it("accepts the English names of biblical figures and of England", () => {
    expect(nameMissing.run(contextFor("Иисус Христос - герой пьесы, поставленной в Англии.", "Jesus Christ is the hero of a play staged in England."))).toEqual([]);
  });

  it("does not report an untranslated sentence (the omission check's case)", () => {
    expect(nameMissing.run(contextFromPairs([["Михаил Корб уехал.", null]]))).toEqual([]);
  });
});
