import { isDictionaryWord } from "./spelling";

const VOWELS = /[aeiouy]/;

/**
 * Whether a hyphenated word is an English compound although its parts are not words: the dictionary has it written
 * solid ("knick-knack" / knickknack, "zig-zag"), or it is a reduplication, a part echoed with another onset or
 * another vowel ("roly-poly", "helter-skelter", "tick-tock", "mish-mash"). A typing slip rarely rhymes with its
 * neighbour.
 */
export function isHyphenatedCompound(word: string): boolean {
  const parts = word.toLowerCase().replace(/’/g, "'").split("-");
  if (parts.length < 2 || parts.some((part) => part.length === 0)) return false;
  if (isDictionaryWord(parts.join(""))) return true;
  return parts.length === 2 && (isReduplication(parts[0], parts[1]) || isReduplication(parts[0], singular(parts[1])));
}

/** "polies" → "poly", "knacks" → "knack": reduplications take the plural on the second part. */
function singular(word: string): string {
  return word.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}

function isReduplication(first: string, second: string): boolean {
  if (first === second || first.length < 2 || second.length < 2) return false;
  return rhymes(first, second) || differsInOneVowel(first, second);
}

/** helter / skelter, roly / poly: the same from the first vowel on. */
function rhymes(first: string, second: string): boolean {
  const rime = (word: string) => word.slice(word.search(VOWELS));
  return VOWELS.test(first) && VOWELS.test(second) && rime(first) === rime(second);
}

/** knick / knack, tick / tock, dilly / dally: one vowel changed, nothing else. */
function differsInOneVowel(first: string, second: string): boolean {
  if (first.length !== second.length) return false;
  const differences = [...first].flatMap((letter, i) => (letter === second[i] ? [] : [i]));
  return differences.length === 1 && VOWELS.test(first[differences[0]]) && VOWELS.test(second[differences[0]]);
}
