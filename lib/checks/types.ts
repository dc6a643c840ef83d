import type { AlignedText, Sentence } from "@/lib/align/types";

export type Severity = "minor" | "major" | "critical";

/** MQM error typology (https://themqm.org), the categories Errata's checks report under. */
export type MqmCategory =
  | "Accuracy/Mistranslation"
  | "Accuracy/Omission"
  | "Accuracy/Addition"
  | "Accuracy/Untranslated"
  | "Fluency/Spelling"
  | "Fluency/Punctuation"
  | "Fluency/Grammar"
  | "Terminology/Inconsistent"
  | "Terminology/Wrong term"
  | "Locale convention/Name format"
  | "Locale convention/Number format";

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** What a check reports. Offsets are UTF-16 offsets into the source / target document text. */
export interface Finding {
  check: string;
  category: MqmCategory;
  severity: Severity;
  message: string;
  target: TextSpan;
  source: TextSpan | null;
  suggestion: string | null;
}

export type GlossaryKind = "OFFICIAL_SPELLING" | "DO_NOT_TRANSLATE" | "PREFERRED_TERM";

/** A glossary term as the checks see it (the database row without bookkeeping). */
export interface GlossaryEntry {
  /** Russian dictionary form, e.g. "Токаев" or "Спутник Казахстан". */
  source: string;
  /** The required English form, e.g. "Tokayev". */
  target: string;
  kind: GlossaryKind;
  note?: string | null;
}

/** One aligned group as checks consume it: the sentences on both sides. */
export interface AlignedGroup {
  source: Sentence[];
  target: Sentence[];
}

export interface CheckContext {
  aligned: AlignedText;
  groups: AlignedGroup[];
  glossary: GlossaryEntry[];
  /** Memoises an analysis shared by several checks (names, spelling) for the life of this context. */
  memo<T>(key: string, compute: () => T): T;
}

export interface CheckExample {
  source: string;
  target: string;
  /** For invalid examples: the target text the check must flag. */
  flagged?: string;
  suggestion?: string;
}

export interface Check {
  id: string;
  title: string;
  category: MqmCategory;
  severity: Severity;
  description: string;
  examples: { valid: CheckExample[]; invalid: CheckExample[] };
  run(context: CheckContext): Finding[];
}
