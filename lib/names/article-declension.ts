import { SURNAME_SHAPE, type SourceName } from "./source-names";

const fold = (word: string) => word.toLowerCase().replace(/ё/g, "е");

/**
 * "Ерлана Акбарова" alone is a woman in the nominative or a man in the genitive, when az knows neither word; the
 * article settles it when it names Акбаров in the nominative elsewhere ("— подчеркнул Акбаров"): one surname, one
 * person, so these are declined forms of his name, and an English form with their ending is a case leak.
 * Returns the names with such words no longer taken as possibly nominative.
 */
export function settleDeclensionByArticle(names: readonly SourceName[]): Map<SourceName, SourceName> {
  const nominativeSurnames = new Set(
    names.flatMap((name) => name.words).filter((w) => SURNAME_SHAPE.test(w.text) && w.nominatives.includes(fold(w.text))).map((w) => fold(w.text)),
  );
  const isOblique = (w: SourceName["words"][number]) => w.maybeNominative && w.case !== null && w.case !== "nomn";
  const settled = new Map<SourceName, SourceName>();
  for (const name of names) {
    const declined = name.words.some((w) => isOblique(w) && w.nominatives.some((n) => nominativeSurnames.has(n) && n !== fold(w.text)));
    settled.set(name, declined ? { ...name, words: name.words.map((w) => (isOblique(w) ? { ...w, maybeNominative: false } : w)) } : name);
  }
  return settled;
}
