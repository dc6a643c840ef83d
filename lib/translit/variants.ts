import * as iuliia from "iuliia";
import { translateWithScheme } from "./scheme-translate";

/**
 * Schemes whose output appears in English news: BGN/PCGN and Wikipedia (Tokayev, Yevgeny), ICAO passports
 * (Evgenii, Pashinian), MVD (Russian passports since 2010), Yandex, GOST 52535, BS 2979 without diacritics (Evgeny),
 * and Moscow metro. (Telegram's scheme is left out: its c for ц and sc for щ are not English usage; the j for ж
 * that English uses in Kazakh and Kyrgyz names is folded by `matchKey`.)
 */
const SCHEMES = [
  iuliia.WIKIPEDIA,
  iuliia.BGN_PCGN,
  iuliia.ICAO_DOC_9303,
  iuliia.MVD_782,
  iuliia.YANDEX_MAPS,
  iuliia.GOST_52535,
  iuliia.BS_2979_ALT,
  iuliia.MOSMETRO,
];

// BGN/PCGN writes separators (·) and soft-sign apostrophes that English texts drop.
const SCHEME_MARKS = /[·’'ʹʼ]/g;

const cache = new Map<string, readonly string[]>();

/**
 * Distinct Latin spellings of a Russian word or name, as they may appear in English ("Сергей" → Sergey, Sergei; not
 * Sergej: schemes with diacritics or j for й are not used in English text).
 * ё is written е first (BGN/PCGN would leave the Cyrillic ё in place); Wikipedia's "yo" spelling is added as well.
 */
export function latinVariants(russian: string): readonly string[] {
  let variants = cache.get(russian);
  if (!variants) {
    const plain = russian.replace(/ё/g, "е").replace(/Ё/g, "Е");
    const spellings = SCHEMES.map((scheme) => translateWithScheme(plain, scheme));
    if (plain !== russian) spellings.push(translateWithScheme(russian, iuliia.WIKIPEDIA));
    variants = [...new Set(spellings.map((s) => s.replace(SCHEME_MARKS, "")))];
    cache.set(russian, variants);
  }
  return variants;
}

/** The spelling to suggest when nothing else is known: the Wikipedia scheme, closest to English-media usage. */
export function preferredLatin(russian: string): string {
  return latinVariants(russian)[0];
}
