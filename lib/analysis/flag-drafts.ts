import { createHash } from "node:crypto";
import { sentenceAt } from "@/lib/align/sentence-at";
import type { AlignedText, SegmentedText, Sentence } from "@/lib/align/types";
import type { Finding } from "@/lib/checks/types";

/**
 * A finding's identity across revisions: its check, its text and the sentence around it. Offsets change
 * whenever anything earlier in the article is corrected, so they cannot be part of it.
 */
export function fingerprint(finding: Finding, target: SegmentedText): string {
  const sentence = sentenceAt(target.sentences, finding.target.start);
  const context = sentence ? contextOf(sentence, finding.target.start - sentence.start) : "";
  return createHash("sha256").update(`${finding.check}\u0000${finding.target.text}\u0000${context}`).digest("hex").slice(0, 32);
}

/**
 * Longer than any real sentence. A longer "sentence" (a text without a full stop) gives each flag the stretch of it
 * around the flag instead: thousands of flags each hashing all of it took minutes.
 */
const CONTEXT_LIMIT = 10_000;

/** The sentence, whitespace-insensitive, as a flag at `offset` in it sees it. */
function contextOf(sentence: Sentence, offset: number): string {
  const text = sentence.text.length <= CONTEXT_LIMIT ? sentence.text : sentence.text.slice(Math.max(0, offset - CONTEXT_LIMIT / 2), offset + CONTEXT_LIMIT / 2);
  return text.replace(/\s+/g, " ").trim();
}

/** What ARTICLE- and EVERYWHERE-scoped dismissals match on: the flagged text, whitespace-insensitive. */
export function textKey(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** A finding with what matching it to dismissals needs: worked out where the analysis ran (the worker), off the request thread. */
export interface FlagDraft {
  finding: Finding;
  fingerprint: string;
  textKey: string;
}

/** Fingerprints findings for storeFlags: the costly part (a hash and a sentence each). */
export function draftFlags(aligned: AlignedText, findings: Finding[]): FlagDraft[] {
  return findings.map((finding) => ({ finding, fingerprint: fingerprint(finding, aligned.target), textKey: textKey(finding.target.text) }));
}
