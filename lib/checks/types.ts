import type { TextSpan } from "@/lib/align/types";
import type { ArticleContext } from "@/lib/names";

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

/** The view every check gets: the article view the name analysis reads (see `createCheckContext`). */
export type CheckContext = ArticleContext;

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
