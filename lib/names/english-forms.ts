import { englishCountryNames } from "@/lib/lexicon";
import { obliqueForms } from "@/lib/morph";
import { eastAsianReadings, latinVariants, matchKey, nameLexicon, preferredLatin } from "@/lib/translit";
import exonyms from "./english-exonyms.json";
import type { NameWord } from "./source-names";

/** How a source name word may be written in English. */
export interface EnglishForms {
  /** Spellings of each candidate nominative: scheme transliterations and known English names (Egypt for Египет). */
  byNominative: Map<string, readonly string[]>;
  /** Match keys of all the spellings above, mapped to their nominative. */
  nominativeKeys: Map<string, string>;
  /** Match keys of the word as written in the source, if that is an oblique form ("kotsu" for Коцу). */
  obliqueKeys: Set<string>;
  /**
   * Match keys of a Korean or Chinese name's spellings by those languages' romanisations (Jae, Myung, Ching-te), to
   * the nominative: matched exactly, not suggested, and not taken as the article's spellings of its names.
   */
  readingKeys: Map<string, string>;
}

const EXONYMS: Record<string, string[]> = exonyms.names;

/** A spelling counts when this share of the name's bearers in the data write it so (drops one-off variants). */
const MIN_SHARE = 0.1;
/** Below this many bearers, counts are too few to rank spellings by: a scheme's spelling goes first. */
export const FEW_BEARERS = 20;

/** Whether English has its own name for this Russian nominative (Moscow for москва, Kremlin for кремль). */
export const hasExonym = (nominative: string) => Object.hasOwn(EXONYMS, nominative);

/** The Russian nominatives English has its own names for. */
export const exonymNominatives = (): readonly string[] => Object.keys(EXONYMS);

/** English's own names for a Russian nominative, if any. */
export const exonymsOf = (nominative: string): string[] => EXONYMS[nominative] ?? [];

/**
 * English spellings of a Russian name: an exonym (Istanbul for Стамбул, Moscow for Подмосковье), then the spellings
 * the Wikidata name pairs attest (lib/translit's lexicon), the most borne first (Alexander, Alexei, Dmitry, Yury;
 * John for Джон, Scholz for Шольц). For a rare name, the scheme's spelling goes first when the data spell it alike.
 */
export function attestedSpellings(nominative: string): string[] {
  const attested = nameLexicon().spellingsOf(nominative);
  const total = attested.reduce((sum, s) => sum + s.count, 0);
  const common = attested.filter((s) => s.count >= 2 && s.count >= MIN_SHARE * total);
  const spellings = common.map((s) => capitalise(s.latin));
  // A rare name the data spells like the scheme does (Nicol, Nikol for Никол) takes the scheme's spelling.
  const scheme = preferredLatin(capitalise(nominative));
  if (total < FEW_BEARERS && attested.some((s) => matchKey(s.latin) === matchKey(scheme))) spellings.unshift(scheme);
  return [...new Set([...exonymsOf(nominative), ...spellings])];
}

const capitalise = (word: string) => word.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
const isLatin = (word: string) => /^[A-Za-z]/.test(word);

/**
 * A spelling and, for an initial Я or Ю (Ya/Ia, Yu/Iu), its Latin form with J: classical and Western names came into
 * Russian that way (Janus / Янус, Jupiter / Юпитер, Julia / Юлия). Not Е: "Jerevan" is no English spelling of Ереван.
 */
function withLatinInitial(spelling: string): string[] {
  const latin = spelling.replace(/^(?:Y|I)(?=[au])/, "J");
  return latin === spelling ? [spelling] : [spelling, latin];
}

// The English letters as Russian spells their names out: Би-би-си is the BBC, Си-эн-эн CNN, Пи-ар PR.
const LETTER_NAMES: Record<string, string> = {
  эй: "A", би: "B", си: "C", ди: "D", и: "E", эф: "F", джи: "G", эйч: "H", ай: "I", джей: "J", кей: "K", эл: "L", эм: "M",
  эн: "N", оу: "O", пи: "P", кью: "Q", ар: "R", эс: "S", ти: "T", ю: "U", ви: "V", "дабл-ю": "W", экс: "X", уай: "Y", зед: "Z", зи: "Z",
};

/** The English acronym a name spelled out letter by letter stands for (би-би-си: BBC, би-эм-дабл-ю: BMW), if it is one. */
function spelledAcronym(nominative: string): string[] {
  const letters = nominative.toLowerCase().replace(/дабл-ю/g, "дабл_ю").split("-").map((part) => LETTER_NAMES[part.replace("_", "-")]);
  return letters.length >= 2 && letters.every(Boolean) ? [letters.join("")] : [];
}

const cache = new Map<string, EnglishForms>();

export function englishForms(word: NameWord): EnglishForms {
  // The role and gender choose a person's case forms: the same word read as a surname or not has other forms.
  const cacheKey = `${word.text}|${word.nominatives.join(",")}|${word.maybeNominative}|${word.role}|${word.gender}`;
  let forms = cache.get(cacheKey);
  if (!forms) {
    forms = buildForms(word);
    cache.set(cacheKey, forms);
  }
  return forms;
}

/** The case forms of a person's name (petrovich): any of them in English is a leak, not only the source's own. */
function obliquesOfPerson(word: NameWord): string[] {
  if (!word.role || (word.gender !== "masc" && word.gender !== "femn")) return [];
  const gender = word.gender === "masc" ? "male" : "female";
  return word.nominatives.flatMap((nominative) => obliqueForms(nominative, word.role!, gender));
}

function buildForms(word: NameWord): EnglishForms {
  const byNominative = new Map<string, readonly string[]>();
  const nominativeKeys = new Map<string, string>();
  for (const nominative of word.nominatives) {
    const spellings = isLatin(word.text)
      ? [word.text]
      : [...latinVariants(capitalise(nominative)).flatMap(withLatinInitial), ...attestedSpellings(nominative), ...englishCountryNames(nominative)];
    // English may keep only the last part of a compound name: St. Petersburg for Санкт-Петербург; spelled as that part
    // alone is (Pierre of Жан-Пьер).
    if (nominative.includes("-") && !isLatin(word.text)) {
      const last = nominative.split("-").pop()!;
      spellings.push(...latinVariants(capitalise(last)), ...attestedSpellings(last), ...spelledAcronym(nominative));
    }
    byNominative.set(nominative, spellings);
    for (const spelling of spellings) {
      const key = matchKey(spelling);
      if (!nominativeKeys.has(key)) nominativeKeys.set(key, nominative);
    }
  }
  const readingKeys = new Map<string, string>();
  if (!isLatin(word.text)) {
    for (const nominative of word.nominatives) {
      for (const reading of eastAsianReadings(nominative)) {
        const key = matchKey(reading);
        if (!nominativeKeys.has(key) && !readingKeys.has(key)) readingKeys.set(key, nominative);
      }
    }
  }
  const obliqueKeys = new Set<string>();
  if (!word.maybeNominative) {
    for (const oblique of [word.text, ...obliquesOfPerson(word)]) {
      for (const spelling of latinVariants(oblique)) {
        const key = matchKey(spelling);
        if (!nominativeKeys.has(key)) obliqueKeys.add(key);
      }
    }
  }
  return { byNominative, nominativeKeys, obliqueKeys, readingKeys };
}
