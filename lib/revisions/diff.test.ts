import { describe, expect, it } from "vitest";
import { revisionDiff } from "./diff";

const paragraph = (n: number) => `Paragraph ${n} says nothing new about the reservoir or the tariffs, and it goes on for a while to be long enough.`;

describe("revisionDiff", () => {
  it("keeps the change with some context and folds the long unchanged stretches", () => {
    const before = [1, 2, 3, 4, 5].map(paragraph).join("\n\n") + "\n\nAccording to Askara Umarova, repairs start in spring.\n\n" + [6, 7, 8].map(paragraph).join("\n\n");
    const after = before.replace("Askara Umarova", "Askar Umarov");
    const chunks = revisionDiff(before, after, 60);
    expect(chunks.filter((c) => c.op === "delete").map((c) => c.text)).toEqual(["Askara Umarova"]);
    expect(chunks.filter((c) => c.op === "insert").map((c) => c.text)).toEqual(["Askar Umarov"]);
    const skips = chunks.filter((c) => c.op === "skip");
    expect(skips).toHaveLength(2);
    const shown = chunks.filter((c) => c.op === "equal").map((c) => c.text).join("");
    expect(shown).toContain("According to ");
    expect(shown.length).toBeLessThan(300);
    const skipped = skips.reduce((sum, c) => sum + Number(c.text.split(" ")[0]), 0);
    expect(skipped + shown.length + "Askara Umarova".length).toBe(before.length);
  });

  it("shows a short text whole and nothing folded when nothing changed far away", () => {
    expect(revisionDiff("One two three.", "One two four.")).toEqual([
      { op: "equal", text: "One two " },
      { op: "delete", text: "three" },
      { op: "insert", text: "four" },
      { op: "equal", text: "." },
    ]);
  });
});
