/** Russian → Latin transliteration across the schemes English texts actually use, and a key for fuzzy matching. */
export { latinVariants, preferredLatin } from "./variants";
export { matchKey, similarity, consonantSkeleton, sharesConsonantRun } from "./match-key";
