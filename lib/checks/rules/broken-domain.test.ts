import { describe, expect, it } from "vitest";
import { contextFor, flaggedTexts, testExamples } from "../test-support";
import { brokenDomain } from "./broken-domain";

testExamples(brokenDomain);

describe("broken-domain", () => {
  it("finds a broken country domain the source does not spell out", () => {
    const context = contextFor("Об этом сообщил портал.", "This was reported by the portal tengrinews. kz today.");
    expect(flaggedTexts(brokenDomain.run(context))).toEqual(["tengrinews. kz"]);
  });

  it("does not take a sentence end followed by an English word for a domain", () => {
    const context = contextFor("Всё было решено.", "Everything was settled. at last, they left.");
    expect(flaggedTexts(brokenDomain.run(context))).toEqual([]);
  });
});
