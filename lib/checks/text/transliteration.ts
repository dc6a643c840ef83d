import { distance } from "fastest-levenshtein";
import { latinVariants } from "@/lib/translit";

const cache = new Map<string, string[]>();

/** Lower-cased Latin spellings of a Russian word under the schemes English text uses. */
function transliterations(russianWord: string): string[] {
  const word = russianWord.toLowerCase();
  let variants = cache.get(word);
  if (!variants) {
    variants = latinVariants(word).map((variant) => variant.toLowerCase());
    cache.set(word, variants);
  }
  return variants;
}

/**
 * Whether an English word reads as a transliteration of the Russian word: close in spelling, or the same
 * stem with the Russian ending cut or changed ("zakon" for закона, "Degtyaryov" for Дегтярёв).
 */
export function readsAsTransliteration(englishWord: string, russianWord: string): boolean {
  const english = englishWord.toLowerCase();
  return transliterations(russianWord).some((latin) => {
    const allowed = english.length <= 6 ? 1 : 2;
    if (distance(english, latin) <= allowed) return true;
    const stem = commonPrefixLength(english, latin);
    const longer = Math.max(english.length, latin.length);
    return stem >= 4 && Math.abs(english.length - latin.length) <= 2 && stem >= longer - 3;
  });
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
