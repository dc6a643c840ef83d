import { baseLanguage } from "./language";

/**
 * Abbreviations that end in a period without ending the sentence. Tokens are lower-cased and
 * written without their final period ("т.е." → "т.е").
 *
 * `beforeWord` abbreviations introduce the next word (г. Алматы, Dr. Smith) and never end a
 * sentence. `mayEndSentence` ones (гг., т.д., a.m., Jan.) end a sentence often enough that we
 * keep the break unless the next sentence starts with a digit or a lower-case letter.
 */
export interface AbbreviationSet {
  beforeWord: ReadonlySet<string>;
  mayEndSentence: ReadonlySet<string>;
  /** Ambiguous ones that may end a sentence only after a number: "в 2020 г." (year) vs "г. Алматы" (city). */
  mayEndSentenceAfterNumber: ReadonlySet<string>;
}

const RU_MONTHS = ["янв", "фев", "февр", "мар", "апр", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек"];
const EN_MONTHS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

const RU: AbbreviationSet = {
  beforeWord: new Set([
    "г", "ул", "просп", "ст", "рис", "табл", "пер", "пл", "наб", "проф", "акад", "им", "и.о", "т.е", "т.к", "т.н", "т.ч",
    "напр", "см", "ср", "св", "пос", "дер", "р-н", "гос", "ген", "зам", "тов", "гр", "англ", "нем", "франц",
  ]),
  mayEndSentence: new Set([
    "гг", "т.д", "т.п", "др", "пр", "тыс", "млн", "млрд", "трлн", "руб", "долл", "коп", "обл", "стр",
    "км", "кг", "мин", "сек", "н.э", "вв", ...RU_MONTHS,
  ]),
  mayEndSentenceAfterNumber: new Set(["г"]),
};

const EN: AbbreviationSet = {
  beforeWord: new Set([
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "rev", "fr", "st", "mt", "pres", "e.g", "i.e", "vs", "cf", "approx",
  ]),
  mayEndSentence: new Set([
    "jr", "sr", "etc", "inc", "ltd", "co", "corp", "a.m", "p.m", "no", "nos", "vol", "pp", "est", "dept", "ave", "ft",
    ...EN_MONTHS,
  ]),
  mayEndSentenceAfterNumber: new Set(),
};

const BY_LANGUAGE: Record<string, AbbreviationSet> = { ru: RU, en: EN };

const NONE: AbbreviationSet = { beforeWord: new Set(), mayEndSentence: new Set(), mayEndSentenceAfterNumber: new Set() };

export function abbreviationsFor(lang: string): AbbreviationSet {
  return BY_LANGUAGE[baseLanguage(lang)] ?? NONE;
}
