/**
 * Country names in Russian and English from the ICU data Node ships (Intl.DisplayNames): "Россия" → Russia,
 * "ОАЭ" → United Arab Emirates. English often uses an exonym no transliteration yields (Egypt for Египет, Germany
 * for Германия), so these are known English forms of source names.
 */
const EXTRA_ENGLISH: Record<string, string[]> = {
  US: ["US", "U.S.", "USA", "America"],
  GB: ["UK", "Britain", "Great Britain"],
  AE: ["UAE", "Emirates"],
  TR: ["Turkey"],
  CZ: ["Czech Republic"],
  BY: ["Belarus"],
  MD: ["Moldova"],
};

/** Russian names ICU lacks that English renders by the country's name (американский → US, КНР → China). */
const EXTRA_RUSSIAN: Record<string, string[]> = {
  US: ["америка", "соединенные штаты америки"],
  RU: ["рф", "российская федерация"],
  CN: ["кнр"],
  DE: ["фрг"],
  KP: ["кндр"],
  GB: ["британия", "англия"],
  NL: ["голландия"],
  BY: ["белоруссия"],
  KG: ["кыргызстан"],
};

let countries: Map<string, string[]> | null = null;
let russianByEnglish: Map<string, string[]> | null = null;

function regionCodes(): string[] {
  const codes: string[] = [];
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters) for (const b of letters) codes.push(a + b);
  return codes;
}

function buildCountries(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const names = (locale: string, style: "long" | "short") => new Intl.DisplayNames([locale], { type: "region", style, fallback: "none" });
  const ruLong = names("ru", "long");
  const ruShort = names("ru", "short");
  const enLong = names("en", "long");
  const enShort = names("en", "short");
  for (const code of regionCodes()) {
    const english = enLong.of(code);
    if (!english || /\d/.test(code)) continue;
    const forms = [...new Set([english, enShort.of(code) ?? english, ...(EXTRA_ENGLISH[code] ?? [])])];
    for (const russian of new Set([ruLong.of(code), ruShort.of(code), ...(EXTRA_RUSSIAN[code] ?? [])])) {
      if (!russian || russian.includes("о-в")) continue;
      const key = russian.toLowerCase().replace(/ё/g, "е");
      map.set(key, [...new Set([...(map.get(key) ?? []), ...forms])]);
    }
  }
  return map;
}

/** English names of a country given its Russian nominative, lower-cased ("россия" → ["Russia"]); [] if unknown. */
export function englishCountryNames(russianNominative: string): readonly string[] {
  countries ??= buildCountries();
  return countries.get(russianNominative.toLowerCase().replace(/ё/g, "е")) ?? [];
}

function byEnglishName(): Map<string, string[]> {
  if (!russianByEnglish) {
    countries ??= buildCountries();
    russianByEnglish = new Map();
    for (const [russian, englishNames] of countries) {
      for (const name of englishNames) russianByEnglish.set(name.toLowerCase(), [...(russianByEnglish.get(name.toLowerCase()) ?? []), russian]);
    }
  }
  return russianByEnglish;
}

/** Russian names (lower-cased nominatives) of the country an English name denotes ("Finland" → ["финляндия"]). */
export function russianCountryNames(english: string): readonly string[] {
  return byEnglishName().get(english.toLowerCase()) ?? [];
}

/** Every English name of a country the gazetteer knows, lower-cased ("russia", "united states", "uk"). */
export function englishCountryNameList(): readonly string[] {
  return [...byEnglishName().keys()];
}

/** A country and its demonym share a stem of at least two thirds of the shorter word: Sweden / Swedish. */
export function sharesDemonymStem(key: string, candidate: string): boolean {
  let common = 0;
  while (common < key.length && common < candidate.length && key[common] === candidate[common]) common++;
  return common >= 4 && common >= (2 / 3) * Math.min(key.length, candidate.length);
}
