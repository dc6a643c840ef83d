import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { segment } from "@/lib/align";
import type { Finding } from "@/lib/checks/types";
import { fingerprint } from "./flag-drafts";

const TEXT = "The the minister arrived.\n\nHe met the the press. Then the the talks began.";
const target = segment(TEXT, "en");
const at = (offset: number, text = TEXT): Finding => ({ check: "repeated-word", category: "Fluency/Grammar", severity: "minor", message: "", target: { start: offset, end: offset + 7, text: text.slice(offset, offset + 7) }, source: null, suggestion: null });

describe("fingerprint", () => {
  it("takes the sentence around the finding: the same words in each sentence are told apart, in the first and the last", () => {
    const offsets = [0, TEXT.indexOf("the the press"), TEXT.indexOf("the the talks")];
    const prints = offsets.map((offset) => fingerprint(at(offset), target));
    expect(new Set(prints).size).toBe(3);
    // The same sentence elsewhere in another text gives the same print: offsets are not part of it.
    const moved = `Intro.\n\n${TEXT}`;
    expect(fingerprint(at(offsets[2] + 8, moved), segment(moved, "en"))).toBe(prints[2]);
  });

  it("gives each finding of a sentence of thousands of words the print of its own words and that sentence's", () => {
    const long = `${"the minister   arrived and ".repeat(3000)}the the end.`;
    const longTarget = segment(long, "en");
    const repeat = long.indexOf("the the");
    const prints = [fingerprint(at(repeat, long), longTarget), fingerprint(at(0, long), longTarget), fingerprint(at(repeat, long), longTarget)];
    expect(prints[0]).toBe(prints[2]);
    expect(prints[0]).not.toBe(prints[1]);
    // Spaces count once, wherever they run: the same sentence with single spaces prints the same.
    const single = long.replace(/ +/g, " ");
    expect(fingerprint(at(single.indexOf("the the"), single), segment(single, "en"))).toBe(prints[0]);
  });

  it("keeps the stored print: the hash of check, flagged text and single-spaced sentence joined by NULs", () => {
    const text = "Мэр   Собянин открыл «Москву-Сити» 😀.";
    const finding = at(0, text);
    const joined = `repeated-word\u0000${finding.target.text}\u0000Мэр Собянин открыл «Москву-Сити» 😀.`;
    expect(fingerprint(finding, segment(text, "en"))).toBe(createHash("sha256").update(joined).digest("hex").slice(0, 32));
  });
});
