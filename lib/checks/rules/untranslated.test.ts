import { describe, expect, it } from "vitest";
import { contextFor, testExamples } from "../test-support";
import { untranslated } from "./untranslated";

testExamples(untranslated);

describe("untranslated", () => {
  it("points to the aligned source sentence", () => {
    const source = "Психолог рассказала о бойце.";
    const [finding] = untranslated.run(contextFor(source, "The psychologist spoke about the бойце."));
    expect(finding.source?.text).toBe(source);
  });

  it("does not mistake Latin look-alikes for Cyrillic", () => {
    expect(untranslated.run(contextFor("Она сказала.", "She said: OK, TOP, XO."))).toEqual([]);
  });
});

describe("untranslated: domains and units", () => {
  it("leaves a Cyrillic domain alone, in any letter case, with a path", () => {
    const target = "Details are on президент.рф/news and on Стопкоронавирус.РФ.";
    expect(untranslated.run(contextFor("Подробности на сайтах.", target))).toEqual([]);
  });

  it("leaves a Cyrillic С typed for Celsius alone", () => {
    expect(untranslated.run(contextFor("Днём до +22°С.", "Up to +22°С in the afternoon."))).toEqual([]);
  });

  it("flags an initial and a surname joined by a full stop once, as one name, though they look like a domain", () => {
    const findings = untranslated.run(contextFor("Статья Вл.Суркова вышла вчера.", "Вл.Сурков's article came out yesterday."));
    expect(findings.map((f) => f.target.text)).toEqual(["Вл.Сурков"]);
  });
});

describe("untranslated: one flag per stretch left in Russian", () => {
  it("flags a sentence left in Russian once, across its commas and dashes", () => {
    const target = "Тише едешь — дальше будешь, а спешка нужна при ловле блох.";
    const findings = untranslated.run(contextFor(target, target));
    expect(findings.map((f) => f.target.text)).toEqual(["Тише едешь — дальше будешь, а спешка нужна при ловле блох"]);
  });

  it("keeps two Russian words apart when English stands between them", () => {
    const findings = untranslated.run(contextFor("Не будет ни снега, ни льда.", "There will be no снега and no льда."));
    expect(findings.map((f) => f.target.text)).toEqual(["снега", "льда"]);
  });

  it("keeps two quoted Russian titles apart", () => {
    const target = "Both «Ведомости» and «Коммерсант» wrote about it.";
    const findings = untranslated.run(contextFor("Об этом написали «Ведомости» и «Коммерсант».", target));
    expect(findings.map((f) => f.target.text)).toEqual(["Ведомости", "Коммерсант"]);
  });
});
