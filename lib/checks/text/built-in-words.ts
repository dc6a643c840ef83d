import englishExtraWords from "../data/english-extra-words.json";
import regionalWords from "../data/regional-words.json";

/** Lower-cased words right in any article although Hunspell lacks them: regional realia and news words. */
export const BUILT_IN_WORDS: ReadonlySet<string> = new Set([...regionalWords.words, ...englishExtraWords.words]);

/** Whether the word (any letter case, singular or plural: Uyghurs) is one of the built-in words. */
export function isBuiltInWord(word: string): boolean {
  const lower = word.toLowerCase();
  return BUILT_IN_WORDS.has(lower) || (lower.endsWith("s") && BUILT_IN_WORDS.has(lower.slice(0, -1)));
}
