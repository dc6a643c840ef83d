import type { AlignedGroup } from "@/lib/align/types";
import { russianLemmasOf } from "@/lib/lexicon";

const lemmasOf = new WeakMap<AlignedGroup, string[]>();

/**
 * The distinct lemmas of a group's source sentences, as the word-translation table keys them: read once per group,
 * as the spelling and dropped-letter checks ask the table about them for each word they doubt.
 */
export function sourceLemmas(group: AlignedGroup): string[] {
  let lemmas = lemmasOf.get(group);
  if (!lemmas) {
    lemmas = [...new Set(group.source.flatMap((sentence) => russianLemmasOf(sentence.text)))];
    lemmasOf.set(group, lemmas);
  }
  return lemmas;
}
