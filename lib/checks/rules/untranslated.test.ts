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
