import * as iuliia from "iuliia";
import { distance } from "fastest-levenshtein";

/** Schemes that between them give the spellings English news uses for Russian words. */
const SCHEMES = [iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.ICAO_DOC_9303, iuliia.MOSMETRO];

const cache = new Map<string, string[]>();

/** Lower-cased Latin spellings of a Russian word under the common schemes (ё read as е, as print does). */
export function transliterations(russianWord: string): string[] {
  const word = russianWord.toLowerCase().replace(/ё/g, "е");
  let variants = cache.get(word);
  if (!variants) {
    variants = [...new Set(SCHEMES.map((scheme) => iuliia.translate(word, scheme).toLowerCase()))];
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
    const allowed = english.length <= 5 ? 1 : 2;
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
