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

  it("hashes a real sentence whole, and one longer than any real sentence only around each flag", () => {
    const sentence = "He met the the press.";
    expect(fingerprint(at(7, sentence), segment(sentence, "en"))).toBe(createHash("sha256").update(`repeated-word\u0000the the\u0000${sentence}`).digest("hex").slice(0, 32));
    // A text without a full stop: thousands of flags each hashed all of it. Far from the flag, its start does not count.
    const endless = (opening: string) => `${opening} ${"and the delegates waited in the hall ".repeat(2000)}and the the talks began`;
    const printAtEnd = (text: string) => fingerprint(at(text.lastIndexOf("the the"), text), segment(text, "en"));
    expect(printAtEnd(endless("Yesterday"))).toBe(printAtEnd(endless("On Monday morning")));
    expect(printAtEnd(endless("Yesterday"))).not.toBe(printAtEnd(endless("Yesterday").replace(/talks began$/, "talks ended")));
  });

  it("keeps the stored print: the hash of check, flagged text and single-spaced sentence joined by NULs", () => {
    const text = "Мэр   Собянин открыл «Москву-Сити» 😀.";
    const finding = at(0, text);
    const joined = `repeated-word\u0000${finding.target.text}\u0000Мэр Собянин открыл «Москву-Сити» 😀.`;
    expect(fingerprint(finding, segment(text, "en"))).toBe(createHash("sha256").update(joined).digest("hex").slice(0, 32));
  });
});
