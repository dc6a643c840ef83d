import { alignTexts } from "@/lib/align";
import type { AlignedText } from "@/lib/align/types";
import { runChecks } from "@/lib/checks";
import type { Finding } from "@/lib/checks/types";
import { countWords } from "@/lib/text";
import { draftFlags, type FlagDraft } from "./flag-drafts";
import type { GlossaryEntry } from "@/lib/glossary";
import { serializeAlignment } from "./serialize";

export interface TranslationPair {
  sourceText: string;
  targetText: string;
  sourceLang: string;
  targetLang: string;
}

export interface Analysis {
  aligned: AlignedText;
  findings: Finding[];
}

/** Aligns a translation with its original and runs every check: the work done for each new revision. */
export function analyzeTranslation(pair: TranslationPair, glossary: readonly GlossaryEntry[]): Analysis {
  const aligned = alignTexts(pair.sourceText, pair.targetText, { sourceLang: pair.sourceLang, targetLang: pair.targetLang });
  return { aligned, findings: runChecks(aligned, glossary).flags };
}

/** An analysis made ready to store: its alignment as JSON text, its flags fingerprinted, the translation's word count. */
export interface PreparedAnalysis {
  alignment: string;
  flags: FlagDraft[];
  wordCount: number;
}

/**
 * The pure work of storing an analysis, done where the analysis ran (the worker): the request thread then receives
 * one JSON string and the drafts instead of the full alignment (both texts again, and a copy of every sentence),
 * and neither hashes 17,000 flags, serialises the alignment nor counts a megabyte's words (~60 ms).
 */
export function prepareAnalysis(analysis: Analysis): PreparedAnalysis {
  const { aligned, findings } = analysis;
  return { alignment: JSON.stringify(serializeAlignment(aligned)), flags: draftFlags(aligned, findings), wordCount: countWords(aligned.target.text) };
}
