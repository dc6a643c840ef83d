/**
 * Russian ↔ Latin: transliteration schemes English texts use (iuliia), a key for fuzzy matching, and the name model
 * learned from data, which knows names of every origin (see name-model/).
 */
export { latinVariants, preferredLatin } from "./variants";
export { eastAsianReadings, isOneSyllable } from "./east-asian";
export { matchKey, similarity, consonantSkeleton, sharesConsonantRun } from "./match-key";
export { latinLookalikeOf } from "./latin-lookalikes";
export { nameModel, nameLexicon, foldLatin, type AttestedSpelling } from "./name-model";
