import { createHash } from "node:crypto";
import type { AlignedText, SegmentedText } from "@/lib/align/types";
import type { Finding } from "@/lib/checks/types";

/**
 * A finding's identity across revisions: its check, its text and the sentence around it. Offsets change
 * whenever anything earlier in the article is corrected, so they cannot be part of it.
 */
export function fingerprint(finding: Finding, target: SegmentedText): string {
  const sentence = sentenceAt(target, finding.target.start);
  const context = sentence ? spacedOnce(sentence) : EMPTY;
  // The sentence goes in as UTF-8 made once: the same bytes as in the one string this hashed before.
  return createHash("sha256").update(`${finding.check}\u0000${finding.target.text}\u0000`).update(context).digest("hex").slice(0, 32);
}

/** A sentence's text with its spaces collapsed, in UTF-8, made once per sentence: a long sentence may hold thousands of flags. */
const spacedSentences = new WeakMap<object, Buffer>();
const EMPTY = Buffer.alloc(0);

function spacedOnce(sentence: { text: string }): Buffer {
  let spaced = spacedSentences.get(sentence);
  if (spaced === undefined) {
    spaced = Buffer.from(sentence.text.replace(/\s+/g, " ").trim(), "utf8");
    spacedSentences.set(sentence, spaced);
  }
  return spaced;
}

/** What ARTICLE- and EVERYWHERE-scoped dismissals match on: the flagged text, whitespace-insensitive. */
export function textKey(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The sentence that holds `offset`, by binary search (sentences are in text order): a 1 MB article has 17,000 flags. */
function sentenceAt(target: SegmentedText, offset: number) {
  const sentences = target.sentences;
  let [low, high] = [0, sentences.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle].end <= offset) low = middle + 1;
    else if (sentences[middle].start > offset) high = middle - 1;
    else return sentences[middle];
  }
  return undefined;
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
