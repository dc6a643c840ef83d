import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { brokenDomain } from "./broken-domain";

testExamples(brokenDomain);

describe("broken-domain", () => {
  it("finds a broken country domain the source does not spell out", () => {
    const context = contextFor("Об этом сообщил портал.", "This was reported by the portal tengrinews. kz today.");
    expect(flaggedTexts(brokenDomain.run(context))).toEqual(["tengrinews. kz"]);
  });

  it("finds a domain of the source even when its label is also an English word or unit", () => {
    const context = contextFor("Указ опубликован на сайте president.kg.", "The decree was published on the website president. kg.");
    expect(flaggedTexts(brokenDomain.run(context))).toEqual(["president. kg"]);
    expect(brokenDomain.run(contextFor("Груз весил 5 кг.", "The load weighed five. kg at most."))).toEqual([]);
  });

  it("does not take a sentence end followed by an English word for a domain", () => {
    const context = contextFor("Всё было решено.", "Everything was settled. at last, they left.");
    expect(flaggedTexts(brokenDomain.run(context))).toEqual([]);
  });

  it("reads the labels after the broken dot, so that a host of the source split anywhere is found", () => {
    const flagged = (source: string, target: string) => flaggedTexts(brokenDomain.run(contextFor(source, target)));
    expect(flagged("Подробнее на www.example.ru.", "More details at www .example.ru.")).toEqual(["www .example"]);
    expect(flagged("Сайт www.akorda.kz обновлён.", "The site www. akorda.kz has been updated.")).toEqual(["www. akorda"]);
    expect(flagged("Портал gov.egov.kz работает.", "The portal gov. egov.kz is working.")).toEqual(["gov. egov"]);
    expect(flagged("Заходите на www.", "Go to www. Tomorrow we open.")).toEqual([]);
  });

  it("finds a capitalised label only where the source writes the host", () => {
    const flagged = (source: string, target: string) => flaggedTexts(brokenDomain.run(contextFor(source, target)));
    expect(flagged("Сайт Tengrinews.kz сообщил.", "Tengrinews. Kz reported.")).toEqual(["Tengrinews. Kz"]);
    expect(flagged("Он пошёл домой. Это было поздно.", "He went home. It was late.")).toEqual([]);
  });

  it("finds a scheme parted from its slashes", () => {
    const findings = brokenDomain.run(contextFor("Смотрите https://egov.kz/services.", "See https: //egov.kz/services or http:/ /kazinform.kz."));
    expect(findings.map((f) => [f.target.text, f.suggestion])).toEqual([["https: //", "https://"], ["http:/ /", "http://"]]);
    expect(brokenDomain.run(contextFor("Смотрите https://egov.kz.", "See https://egov.kz, as he said: it works."))).toEqual([]);
  });
});

describe("broken-domain on a hostile run", () => {
  // Matched only from a word's start: from each letter of a long run the pattern rescanned the rest of it.
  it("finds the broken domain after a long run of letters, digits or hyphens", () => {
    for (const run of ["q".repeat(100_000), "7".repeat(100_000), "ab-".repeat(30_000)]) {
      const context = contextFor("Об этом сообщил портал.", `Reported ${run} by the portal zakon. kz today.`);
      expect(flaggedTexts(brokenDomain.run(context))).toEqual(["zakon. kz"]);
    }
  });
});
