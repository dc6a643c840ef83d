/**
 * The alphabets the name model works in: lower-case Russian letters, and lower-case a–z for the Latin side, with
 * diacritics and special letters folded (Erdoğan → erdogan, Schröder → schroder, Łukasz → lukasz, Straße → strasse,
 * Məmmədov → mammadov).
 */

const SPECIAL_LATIN: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h", ŧ: "t", ŋ: "ng", ĸ: "k",
  // Azerbaijani schwa, which has no decomposition: English writes a (Əliyev → Aliyev, Məmmədov → Mammadov).
  ə: "a",
};

/** A Latin word as the model reads it: lower-case a–z only. */
export function foldLatin(word: string): string {
  return word
    .toLowerCase()
    .replace(/[ßæœøłđðþıħŧŋĸə]/g, (letter) => SPECIAL_LATIN[letter])
    .normalize("NFD")
    .replace(/[^a-z]/g, "");
}

/** A Russian word as the model reads it: lower-case Cyrillic letters only (ё kept: it is often written е, and the model knows both). */
export function foldCyrillic(word: string): string {
  return word.toLowerCase().replace(/[^а-яё]/g, "");
}

const VOWELS = new Set("аеёиоуыэюя");

/**
 * The Russian context a segment is read in: what comes before it (word start, a vowel, a soft or hard sign, a
 * consonant) and whether it ends the word. Е is "ye" at the start and after a vowel, "e" after a consonant; ий
 * is "y" at the end and "i" inside.
 */
export function contextOf(russian: string, start: number, end: number): string {
  const previous = start === 0 ? "^" : VOWELS.has(russian[start - 1]) || russian[start - 1] === "й" ? "v" : /[ьъ]/.test(russian[start - 1]) ? "s" : "c";
  return end === russian.length ? `${previous}$` : previous;
}
