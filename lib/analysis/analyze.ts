import { alignTexts } from "@/lib/align";
import type { AlignedText } from "@/lib/align/types";
import { runChecks } from "@/lib/checks";
import type { Finding } from "@/lib/checks/types";
import type { GlossaryEntry } from "@/lib/glossary";

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
