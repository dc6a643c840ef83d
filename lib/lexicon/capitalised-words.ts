import { englishCountryNameList, sharesDemonymStem } from "./gazetteer";
import { ENGLISH_MONTHS } from "./number-words";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
// Nationality and language words end so: Russian, Ukrainian, Chinese, Swedish, Israeli, Baltic.
const DEMONYM_ENDING = /(?:an|ese|ish|i|ic)$/;

let countryWords: string[] | null = null;

/**
 * Whether a capitalised dictionary word is one of the few English capitalises without their being names: a month, a
 * weekday, or a nationality or language named after a country (Russian, Swedish). A slip in one of these is a typo
 * ("Feburary", "Russion"); an unknown word a slip away from a capitalised name is more often another name.
 */
export function isCapitalisedCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (ENGLISH_MONTHS.includes(lower) || WEEKDAYS.includes(lower)) return true;
  return DEMONYM_ENDING.test(lower) && countryNames().some((country) => sharesDemonymStem(lower, country));
}

function countryNames(): string[] {
  countryWords ??= englishCountryNameList().filter((name) => /^[a-z]+$/.test(name));
  return countryWords;
}
