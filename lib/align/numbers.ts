import { baseLanguage } from "./language";

/**
 * Numbers written in a sentence, normalised so that a Russian original and its English
 * translation give the same keys: "7,5" ↔ "7.5", "2 500" ↔ "2,500", "11,5 тыс." ↔ "11.5 thousand"
 * ↔ "11,500", "10.30" (a Russian time) ↔ "10:30".
 */

// Digit groups joined by separators; a space only counts as a separator before exactly three digits.
const NUMBER = /\d+(?:(?:[.,:](?=\d)|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*/gu;

const SCALE_WORDS: Record<string, number> = {
  тыс: 1e3, тысяч: 1e3, тысячи: 1e3, тысяча: 1e3, тысячу: 1e3, thousand: 1e3,
  млн: 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, million: 1e6,
  млрд: 1e9, миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, billion: 1e9,
  трлн: 1e12, триллион: 1e12, триллиона: 1e12, триллионов: 1e12, trillion: 1e12,
};

/** The decimal mark of each language; the other one of "." and "," groups thousands. */
const DECIMAL_MARK: Record<string, string> = { ru: ",", en: "." };

export function numberKeys(text: string, lang: string): string[] {
  const decimalMark = DECIMAL_MARK[baseLanguage(lang)] ?? ".";
  const keys: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const numbers = SPACE_GROUPED.test(match[0]) ? [match[0].replace(SPACES, "")] : match[0].split(SPACES);
    const scale = SCALE_WORDS[text.slice(match.index + match[0].length).match(/^\s*(\p{L}+)/u)?.[1]?.toLowerCase() ?? ""];
    numbers.forEach((written, i) => keys.push(numberKey(written, decimalMark, i === numbers.length - 1 ? scale : 1)));
  }
  return keys;
}

const SPACES = /[ \u00a0\u202f\u2009]/g;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/u;

function numberKey(written: string, decimalMark: string, scale = 1): string {
  const value = parseNumber(written, decimalMark);
  return value === null ? written.replace(/[.,:]/g, ":") : String(Math.round(value * scale * 1e6) / 1e6);
}

/** The value of "2500", "2,500", "7,5" or "7.5"; null for "10:30", "13.01.2025" and other digit sequences. */
function parseNumber(written: string, decimalMark: string): number | null {
  const marks = written.match(/[.,:]/g) ?? [];
  const thousandsMark = decimalMark === "," ? "." : ",";
  if (marks.length === 0) return Number(written);
  if (marks.every((mark) => mark === thousandsMark) && /^\d{1,3}([.,]\d{3})+$/.test(written)) {
    return Number(written.replaceAll(thousandsMark, ""));
  }
  if (marks.length === 1 && marks[0] === decimalMark) return Number(written.replace(decimalMark, "."));
  return null;
}
