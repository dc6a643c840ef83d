import englishExtraWords from "./data/english-extra-words.json";
import regionalWords from "./data/regional-words.json";

/** Lower-cased words right in any article although Hunspell lacks them: regional realia and news words. */
export const BUILT_IN_WORDS: ReadonlySet<string> = new Set([...regionalWords.words, ...englishExtraWords.words]);

/** The word as written, without a possessive, or as the plural of a listed word (soms, akimats): lists keep singulars. */
export function hasWord(words: ReadonlySet<string>, word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, "");
  return words.has(lower) || (/[^s]s$/.test(lower) && words.has(lower.slice(0, -1))) || (/(?:s|x|z|ch|sh)es$/.test(lower) && words.has(lower.slice(0, -2)));
}

/** Whether the word (any letter case, singular or plural: Uyghurs) is one of the built-in words. */
export function isBuiltInWord(word: string): boolean {
  return hasWord(BUILT_IN_WORDS, word);
}
