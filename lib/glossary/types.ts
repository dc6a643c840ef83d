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
