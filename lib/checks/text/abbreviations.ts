/**
 * English abbreviations that end in a full stop inside a sentence (lower case, without the final stop).
 * A stop after one of them is not a sentence end.
 */
export const ENGLISH_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "govt", "sen", "rep", "col", "lt", "sgt", "capt", "adm", "rev",
  "st", "mt", "ave", "blvd", "rd", "no", "nos", "vol", "vols", "pp", "p", "fig", "ch", "sec", "art", "para",
  "etc", "vs", "approx", "incl", "est", "dept", "min", "max", "sq", "ft", "in", "lb", "oz", "km", "kg", "cm", "mm",
  "cu", "cub", "inc", "ltd", "co", "corp", "jr", "sr", "al", "ca", "cf", "ibid", "op", "ed", "eds", "tel", "ext",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/**
 * Russian abbreviations a machine leaves behind, transliterated, with what English writes instead.
 * "g." (г., год) is only an abbreviation after a year.
 */
export const TRANSLITERATED_RUSSIAN_ABBREVIATIONS: ReadonlyMap<string, { english: string; afterNumber?: boolean }> = new Map([
  ["g", { english: "", afterNumber: true }],
  ["gg", { english: "", afterNumber: true }],
  ["tys", { english: "thousand", afterNumber: true }],
  ["rub", { english: "rubles", afterNumber: true }],
  ["ul", { english: "Street" }],
  ["obl", { english: "Region" }],
  ["i.o", { english: "acting" }],
  ["t.e", { english: "i.e." }],
  ["t.d", { english: "etc." }],
  ["t.k", { english: "because" }],
  ["t.n", { english: "so-called" }],
]);

/** Russian abbreviations written with a stop inside a sentence (lower case, without the final stop). */
export const RUSSIAN_ABBREVIATIONS = new Set([
  "и.о", "т.е", "т.к", "т.д", "т.п", "т.н", "т.ч", "г", "гг", "ул", "им", "проф", "акад", "обл", "пос", "с", "ст",
  "зам", "ген", "тыс", "руб", "просп", "пер", "пл", "наб", "р-н", "св", "напр", "см", "ср", "д", "кв", "корп",
]);

/**
 * Russian abbreviations with the English words that render them; a machine reads some as words of their own (им.,
 * "named after", as the pronoun "them").
 */
export const ENGLISH_FOR_RUSSIAN_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["и.о", "acting"],
  ["им", "named after"],
  ["зам", "deputy"],
]);

/** A token before a stop that makes the stop an abbreviation's: "U.S", "a.m", "e.g", "J" (an initial), "Dr". */
export function isEnglishAbbreviation(token: string): boolean {
  const word = token.toLowerCase();
  return ENGLISH_ABBREVIATIONS.has(word) || word.includes(".") || /^\p{L}$/u.test(token);
}
