import { describe, expect, it, vi } from "vitest";
import { runChecks } from "./run";
import { alignedFromPairs } from "./test-support";
import type { Check } from "./types";
import { checks } from "./registry";

const aligned = alignedFromPairs([
  ["Он хотел поехать в Москву.", "He wanted to to go to Moscow."],
  ["Министром стал Даурен Абаев, который отвечает за это.", "The minister is Dauren Abaevwho is responsible."],
]);

function fixedCheck(id: string, spans: Array<[number, number]>): Check {
  return {
    id,
    title: id,
    category: "Fluency/Grammar",
    severity: "minor",
    description: "",
    examples: { valid: [], invalid: [] },
    run: (context) =>
      spans.map(([start, end]) => ({
        check: id,
        category: "Fluency/Grammar",
        severity: "minor",
        message: "",
        target: { start, end, text: context.aligned.target.text.slice(start, end) },
        source: null,
        suggestion: null,
      })),
  };
}

describe("runChecks", () => {
  it("runs every registered check and sorts flags by target offset", () => {
    const { flags, stats } = runChecks(aligned);
    expect(flags.map((f) => [f.check, f.target.text])).toEqual([
      ["repeated-word", "to to"],
      ["glued-word", "Abaevwho"],
    ]);
    expect(Object.keys(stats.checks)).toEqual(checks.map((c) => c.id));
    expect(stats.flags).toBe(2);
    expect(stats.targetSentences).toBe(2);
  });

  it("drops a second flag of one check on one span but keeps other checks' flags on it", () => {
    const { flags } = runChecks(aligned, [], {
      checks: [fixedCheck("b", [[3, 9], [0, 2], [3, 9]]), fixedCheck("a", [[3, 9]])],
    });
    expect(flags.map((f) => `${f.check}:${f.target.start}-${f.target.end}`)).toEqual(["b:0-2", "a:3-9", "b:3-9"]);
  });

  it("keeps every flag of a check that finds hundreds of thousands", () => {
    const spans = Array.from({ length: 300_000 }, (_, at): [number, number] => [at % 40, (at % 40) + 1 + Math.floor(at / 40)]);
    const { flags } = runChecks(aligned, [], { checks: [fixedCheck("many", spans), fixedCheck("one", [[3, 9]])] });
    expect(flags).toHaveLength(300_001);
    expect(flags.filter((f) => f.check === "one").map((f) => f.target.text)).toEqual(["wanted"]);
  });

  it("shares memoised analyses between checks of one run only", () => {
    let computed = 0;
    const memoUser = (id: string): Check => ({
      ...fixedCheck(id, []),
      run: (context) => {
        context.memo("shared", () => ++computed);
        return [];
      },
    });
    runChecks(aligned, [], { checks: [memoUser("x"), memoUser("y")] });
    runChecks(aligned, [], { checks: [memoUser("x")] });
    expect(computed).toBe(2);
  });

  it("flags an article alike whatever the process checked before it", async () => {
    // A server checks articles in any order: the module-level caches below the checks must not carry one article's
    // reading of a word into another's. Here the earlier article has the words capitalised, opening a sentence.
    const earlier = alignedFromPairs([
      ["Мусульманами были его соседи.", "His neighbours were Muslims."],
      ["Иудеями были его друзья.", "His friends were Jews."],
    ]);
    const later = alignedFromPairs([
      ["Он дружит с мусульманами.", "He is friends with them."],
      ["Она спорила с иудеями.", "She argued with them."],
    ]);
    runChecks(earlier);
    const afterEarlier = runChecks(later).flags;
    vi.resetModules();
    const fresh = (await import("./run")).runChecks(later).flags;
    expect(fresh.map((f) => f.check)).toEqual(["name-missing", "name-missing"]);
    expect(afterEarlier).toEqual(fresh);
  });
});
