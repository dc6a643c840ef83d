/** Glossary: required English forms of terms, matched in the Russian source in every case form. */
import type { GlossaryEntry } from "./types";
import starter from "./starter-glossary.json";

export type { GlossaryEntry, GlossaryKind } from "./types";
export { findTerms, indexOfForm, type TermOccurrence } from "./match";

/** Official spellings and untranslatable names for Russian-language news about Kazakhstan and its neighbours. */
export const starterGlossary: GlossaryEntry[] = starter as GlossaryEntry[];
