import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/lib/glossary";
import { contextFor } from "@/lib/names/test-support";
import type { Check, CheckExample, Finding } from "./types";

// Contexts from hand-made sentence pairs live with the layers that own them, below the checks.
export { alignedFromPairs, type SentencePair } from "@/lib/align/test-support";
export { contextFor, contextFromPairs } from "@/lib/names/test-support";

export function flaggedTexts(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.target.text);
}

/** The check's own examples as tests: valid ones raise nothing, invalid ones raise exactly their flag. */
export function testExamples(check: Check, glossary: GlossaryEntry[] = []): void {
  describe(`${check.id} examples`, () => {
    it.each(check.examples.valid.map(label))("passes %s", (_, example) => {
      expect(flaggedTexts(check.run(contextFor(example.source, example.target, glossary)))).toEqual([]);
    });
    it.each(check.examples.invalid.map(label))("flags %s", (_, example) => {
      const findings = check.run(contextFor(example.source, example.target, glossary));
      expect(flaggedTexts(findings)).toEqual([example.flagged]);
      expect(findings[0].check).toBe(check.id);
      if (example.suggestion !== undefined) expect(findings[0].suggestion).toBe(example.suggestion);
    });
  });
}

function label(example: CheckExample): [string, CheckExample] {
  return [JSON.stringify(example.target), example];
}
