import { distance } from "fastest-levenshtein";
import { adjectiveBaseOf, parseWord } from "@/lib/morph";
import { foldLatin, latinVariants, matchKey, nameModel } from "@/lib/translit";

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
 * The fewest Latin letters the schemes write for a Russian word: one a letter, none for a soft or hard sign, one for
 * the two of an ending like -ый (y). A word longer than that by more than the allowed slips can't read as one: no
 * need to transliterate it.
 */
const fewestLatinLetters = (russian: string) => russian.length - (russian.match(/[ьъ]/giu)?.length ?? 0) - 1;

// Case endings of Russian nouns, longest first: the stem is what English borrows ("reddit" for рэддиттом).
const CASE_ENDING = /(?:ами|ями|ом|ем|ём|ой|ей|ам|ям|ах|ях|ов|ев|у|ю|а|я|е|ы|и)$/u;

/**
 * Whether an English word reads as a transliteration of the Russian word: close in spelling, or the same
 * stem with the Russian ending cut or changed ("zakon" for закона, "Degtyaryov" for Дегтярёв, "reddit" for
 * the instrumental рэддиттом).
 */
export function readsAsTransliteration(englishWord: string, russianWord: string): boolean {
  // The answer reads the two words as written and the fixed schemes only: remembered per pair, as each unknown
  // English word is held against every word of its source sentences on every run over the article.
  const key = `${englishWord}\u0000${russianWord}`;
  let reads = readsAsCache.get(key);
  if (reads === undefined) {
    reads = readsAs(englishWord, russianWord) || readsAsStem(englishWord, russianWord);
    if (readsAsCache.size >= READS_AS_CACHE_SIZE) readsAsCache.clear();
    readsAsCache.set(key, reads);
  }
  return reads;
}

const READS_AS_CACHE_SIZE = 50_000;
const readsAsCache = new Map<string, boolean>();

/**
 * The stem alone is held to one letter's difference: Russian shares many stems with English words ("чемпиона"),
 * and a typo of such a word ("champin") must not pass for a transliteration.
 */
function readsAsStem(englishWord: string, russianWord: string): boolean {
  const word = russianWord.toLowerCase();
  const english = englishWord.toLowerCase();
  // The name an adjective is made from is a stem too: Balaam for Валаамово, Валаамское.
  const stems = [word.replace(CASE_ENDING, ""), adjectiveBaseOf(russianWord) ?? word];
  return stems.some(
    (stem) => stem.length >= 4 && stem !== word && english.length + 1 >= fewestLatinLetters(stem) && transliterations(stem).some((latin) => Math.abs(english.length - latin.length) <= 1 && distance(english, latin) <= 1),
  );
}

function readsAs(englishWord: string, russianWord: string): boolean {
  const english = englishWord.toLowerCase();
  // Both tests below allow two letters more or less at most.
  if (english.length + 2 < fewestLatinLetters(russianWord)) return false;
  return transliterations(russianWord).some((latin) => {
    // Both need lengths within two letters; asked first, as the edit distance of two long runs is quadratic.
    if (Math.abs(english.length - latin.length) > 2) return false;
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

/**
 * Whether an English word is a faithful transliteration of the Russian word: the same under the spelling folds of
 * transliteration schemes and English usage (Zenit for Зенит, Maidan for Майдан, reddit for редит), of the word or of
 * its stem, bare or with a vowel ending (Apatity for Апатитами). A loose likeness (rgion for районе) is not.
 */
export function rendersFaithfully(englishWord: string, russianWord: string): boolean {
  const key = matchKey(englishWord);
  const word = russianWord.toLowerCase();
  const stems = [word.replace(CASE_ENDING, ""), adjectiveBaseOf(russianWord) ?? word].filter((stem) => stem.length >= 3 && stem !== word);
  const keys = [key, key.replace(/[aeiou]$/, ""), key.replace(/[aeiou]{2}$/, "")];
  return (
    transliterations(word).some((latin) => matchKey(latin) === key) ||
    stems.flatMap(transliterations).some((latin) => keys.includes(matchKey(latin)))
  );
}

/**
 * How far an English word is from the nearest Latin spelling of the Russian word or of its stem (the word without
 * its case ending, or the name an adjective is made from): 0 for a faithful transliteration.
 */
export function transliterationDistance(englishWord: string, russianWord: string): number {
  const english = englishWord.toLowerCase();
  const word = russianWord.toLowerCase();
  const stems = [word.replace(CASE_ENDING, ""), adjectiveBaseOf(russianWord) ?? word].filter((stem) => stem.length >= 4 && stem !== word);
  return Math.min(...[word, ...stems].flatMap(transliterations).map((latin) => distance(english, latin)));
}

/**
 * Whether the learned name model (which knows names of every origin: Schröder for Шрёдер, Yar for Яр) takes the
 * English word for a spelling of the Russian word as written or of its dictionary form (Шольцем → Шольц).
 */
export function modelRenders(englishWord: string, russianWord: string): boolean {
  const latin = foldLatin(englishWord.replace(/['’]s?$/u, "")).toLowerCase();
  const forms = new Set([russianWord.toLowerCase(), ...parseWord(russianWord).slice(0, 3).map((parse) => parse.lemma)]);
  return [...forms].some((form) => nameModel().accepts(form, latin));
}
