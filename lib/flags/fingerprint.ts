import { createHash } from "node:crypto";
import type { SegmentedText } from "@/lib/align/types";
import type { Finding } from "@/lib/checks/types";

/**
 * A finding's identity across revisions: its check, its text and the sentence around it. Offsets change
 * whenever anything earlier in the article is corrected, so they cannot be part of it.
 */
export function fingerprint(finding: Finding, target: SegmentedText): string {
  const sentence = target.sentences.find((s) => s.start <= finding.target.start && finding.target.start < s.end);
  const context = sentence ? sentence.text.replace(/\s+/g, " ").trim() : "";
  return createHash("sha256").update(`${finding.check}\u0000${finding.target.text}\u0000${context}`).digest("hex").slice(0, 32);
}

/** What ARTICLE- and EVERYWHERE-scoped dismissals match on: the flagged text, whitespace-insensitive. */
export function textKey(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}
