/** Cyrillic capitals drawn like a Latin letter: a code (МС-21, ТУ-154) is often written in English with those letters. */
const LATIN_LOOKALIKE: Record<string, string> = {
  А: "A", В: "B", Е: "E", К: "K", М: "M", Н: "H", О: "O", Р: "P", С: "C", Т: "T", У: "Y", Х: "X",
};

/**
 * A code of Cyrillic capitals and digits (МС-21) written letter for letter in the Latin capitals drawn alike ("MC-21"),
 * or null where a letter has no such twin or there is no digit.
 */
export function latinLookalikeOf(code: string): string | null {
  if (!/\d/.test(code) || !/^[\p{Lu}\d-]+$/u.test(code)) return null;
  let latin = "";
  for (const char of code) {
    if (/[\d-]/.test(char)) latin += char;
    else if (LATIN_LOOKALIKE[char]) latin += LATIN_LOOKALIKE[char];
    else return null;
  }
  return latin;
}
