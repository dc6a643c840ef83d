import { englishCountryNameList, englishCountryNames, isCapitalisedOnlyWord, isDictionaryWord, russianCountryNames } from "@/lib/lexicon";
import { isCommonNounReading, knownReadings, parseWord, wordsOf, type WordParse } from "@/lib/morph";
import { latinVariants, nameModel } from "@/lib/translit";
import { exonymNominatives, exonymsOf, hasExonym } from "./english-forms";
import type { NameWord, SourceName } from "./source-names";

// Lemmas made from a proper noun: a relational adjective (российский, московский, донской) or a people's noun
// (россиянин, киевлянин, украинец, россиянка).
const ADJECTIVE = /^(\p{L}{2,}?)[сц]к(?:ий|ой)$/u;
const PEOPLE_NOUN = /^(\p{L}{3,}?)(?:ян|ан|лян)(?:ин|ка)$/u;
// A noun in -ец is a people's only from a country's name (украинец, канадец): борец, венец are not of Бор, Вена.
const COUNTRY_PEOPLE_NOUN = /^(\p{L}{3,}?)ец$/u;
// What Russian inserts between a name's stem and the suffix: Москва → моск-ов-ский, Кремль → кремл-ёв-ский,
// Шахты → шахт-ин-ский, Европа → европ-ей-ский, Россия → росс-ий-ский, Маркс → маркс-ист-ский.
const LINKS = /(?:ов|ев|ин|ей|ий|й|ист|ь)$/u;
// How the name ends where the suffix stands: Египет, Испания, Европа, Кремль, Шахты; a short stem's -ск (Омск, Минск).
const NAME_ENDINGS = ["", "ия", "я", "а", "ь", "ы"];
const cache = new Map<string, string | null>();

/**
 * How surely a nominative is a place English capitalises: 2 a country or a name with an English exonym, 1 a place az
 * knows (Rostov, Shakhty, Valaam), unless the `stem` it was made from is a common noun itself: az knows obscure places
 * too, Воря, whose adjective (воровской) is of вор. 0 not one. Not a surname: поповский
 * is of поп, not of Попов.
 */
function properness(nominative: string, stem?: string): number {
  if (englishCountryNames(nominative).length > 0 || hasExonym(nominative)) return 2;
  const capitalised = nominative[0].toUpperCase() + nominative.slice(1);
  const place = knownReadings(capitalised).some((p) => p.case === "nomn" && p.lemma === nominative && p.grammemes.has("Geox"));
  if (!place || stem === undefined) return place ? 1 : 0;
  // A short stem's -ск (Омск, but Спаск from спаский) is weak evidence: English must know the place.
  if (nominative === `${stem}ск`) return latinVariants(capitalised).some((latin) => isDictionaryWord(latin)) ? 1 : 0;
  return isCommonNounAsWritten(stem) ? 0 : 1;
}

/**
 * A common noun as it stands, in its nominative (вор, спас): an adjective made from its stem (воровской, спасский) is of
 * it, not of a place (Воря, Спаск). Only a place's reading is set aside: a lower-case stem has no person's reading.
 */
const isCommonNounAsWritten = (word: string) => knownReadings(word).some((p) => p.lemma === word && isCommonNounReading(p, ["Geox"]));

/** A noun whose English names are capitalised only (мусульман: Muslims, ислам: Islam; not бог: god, запад: west). */
const isCapitalisedOnlyNoun = (parse: WordParse) => parse.pos === "NOUN" && exonymsOf(parse.lemma).some((english) => isCapitalisedOnlyWord(english));

/** The stems a lemma may have been made from, before a name's ending is put back. */
function stemsOf(lemma: string, parse: WordParse): string[] {
  const adjective = parse.pos === "ADJF" ? ADJECTIVE.exec(lemma) : null;
  const people = parse.pos === "NOUN" && parse.grammemes.has("anim") ? PEOPLE_NOUN.exec(lemma) : null;
  if (people) return [people[1]];
  if (!adjective) return [];
  const stem = adjective[1];
  // The bare stem first: кремл-ь, not the surname Кремлёв; москв-а.
  return [...new Set([stem.replace(LINKS, ""), stem.replace(/ов$/u, "в"), stem])].filter((s) => s.length >= 2);
}

// A follower's noun (марксист, буддист) or adjective (марксистский).
const FOLLOWER = /^(\p{L}{3,}ист)(?:ск(?:ий|ой))?$/u;

/**
 * A follower of a teaching English names after its founder (марксистской: Marxist, not a surname's adjective in
 * Russian): the name model spells it as a word an English dictionary has only capitalised. Not any noun so spelled:
 * львов, of лев, is no Lev.
 */
function ownNameOf(parse: WordParse): string | null {
  const stem = parse.pos === "ADJF" || parse.pos === "NOUN" ? FOLLOWER.exec(parse.lemma)?.[1] : null;
  if (!stem) return null;
  // Per stem: every form of a common noun in -ист (журналиста, журналистов) asks about the same one.
  let named = namedFollowers.get(stem);
  if (named === undefined) {
    named = nameModel().spellings(stem, 2).some(isCapitalisedOnlyWord);
    namedFollowers.set(stem, named);
  }
  return named ? stem : null;
}

const namedFollowers = new Map<string, boolean>();

/** A short stem's -ск (Омск, Минск, Курск) ends the name itself. */
const candidatesOf = (stem: string) => [...(stem.length <= 3 ? [`${stem}ск`] : []), ...NAME_ENDINGS.map((ending) => stem + ending)];

// A word's letters that the suffixes above leave in every form: -ск-/-цк- (российских), -ан-/-ян- (россиян,
// горожанок), -ц- (украинцев), -ист- (марксистской).
const SUFFIX_LETTERS = /ск|ц|ан|ян|ист/u;
let nameBeginnings: Set<string> | null = null;

/**
 * Whether properNounOf can find anything in a word, from its letters alone: az parses a new word slowly, and most
 * words of a text are neither made with the suffixes above nor a form of a country's or exonym's name. A noun keeps
 * its first three letters in every form (the fleeting vowel of лев → льва is the exception; no such short name is
 * among the countries or exonyms).
 */
function mayBeDerivedName(lower: string): boolean {
  if (SUFFIX_LETTERS.test(lower)) return true;
  nameBeginnings ??= new Set([...englishCountryNameList().flatMap(russianCountryNames), ...exonymNominatives()].map((name) => name.slice(0, 3)));
  return [1, 2, 3].some((length) => nameBeginnings!.has(lower.slice(0, length)));
}

/**
 * The proper noun (lower-cased nominative) a word is made from, by Russian word formation checked against the
 * dictionary: российских → россия, гонконгских → гонконг, Кремлёвской → кремль, россиян → россия, украинцев →
 * украина; a country named in lower case (украине) is its own. English writes these with a capital (Russian, Hong
 * Kong, Kremlin, Russians, Ukrainians), so a translation that drops them has lost an entity. Null for other words.
 */
export function properNounOf(word: string): string | null {
  const lower = word.toLowerCase().replace(/ё/g, "е");
  const lowerCase = word === word.toLowerCase();
  // Keyed on the case too: a faith's noun is derived only in lower case (see deriveProperNoun).
  const key = lowerCase ? lower : `^${lower}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = mayBeDerivedName(lower) ? deriveProperNoun(lower, lowerCase) : null;
    cache.set(key, found);
  }
  return found;
}

function deriveProperNoun(lower: string, lowerCase: boolean): string | null {
  // A shortened adjective (Гол., Бел.: голландский, белорусский) is as often a short form (гол, бел).
  const parses = parseWord(lower).filter((p) => !p.grammemes.has("Abbr"));
  const country =
    parses.find((p) => p.pos === "NOUN" && englishCountryNames(p.lemma).length > 0)?.lemma ??
    parses.flatMap((p) => (p.known && p.pos === "NOUN" && p.grammemes.has("anim") ? COUNTRY_PEOPLE_NOUN.exec(p.lemma)?.[1] ?? [] : []))
      .map((stem) => `${stem}а`)
      .find((c) => englishCountryNames(c).length > 0);
  // A word with an exonym is its own: English capitalises a faith's adjective (православный: Orthodox) and, where
  // English has them only capitalised, its adherents and its name (мусульман: Muslims, ислам: Islam).
  // Capitalised, a noun is read by findSourceNames (Кремль, Бог), which leaves one opening a clause alone.
  const faith = parses.find((p) => p.known && hasExonym(p.lemma) && (p.pos === "ADJF" || (lowerCase && isCapitalisedOnlyNoun(p))))?.lemma;
  const candidates = parses
    .filter((p) => p.known)
    .flatMap((p) => stemsOf(p.lemma, p).flatMap((stem) => candidatesOf(stem).filter((c) => c !== p.lemma && properness(c, stem) > 0)));
  const best = Math.max(0, ...candidates.map((c) => properness(c)));
  // The longest of the surest: Самарской is of Самара, not of the Самар az also knows.
  const surest = candidates.filter((c) => best > 0 && properness(c) === best).sort((a, b) => b.length - a.length);
  return country ?? faith ?? surest[0] ?? parses.filter((p) => p.known).map(ownNameOf).find(Boolean) ?? null;
}

/**
 * Words of a sentence that name a place or people by a word made from its name (see `properNounOf`), where
 * findSourceNames found no name: in lower case (российских, россиян) or opening the sentence (Шахтинский поэт).
 * `isTaken` tells words already inside a name.
 */
export function derivedNames(sentence: string, offset: number, isTaken: (start: number, end: number) => boolean): SourceName[] {
  return wordsOf(sentence, 0).flatMap((word) => {
    const start = offset + word.start;
    const end = offset + word.end;
    if (!/^\p{Script=Cyrillic}/u.test(word.text) || isTaken(start, end)) return [];
    const base = properNounOf(word.text);
    if (!base) return [];
    const parses = knownReadings(word.text);
    const adjectival = parses.some((p) => p.pos === "ADJF");
    const own = parses[0]?.lemma ?? word.text.toLowerCase();
    const nameWord: NameWord = {
      text: word.text,
      start,
      end,
      nominatives: [...new Set([base, own])],
      // English writes the place or its adjective, never the Russian case form: no case leak to read.
      maybeNominative: true,
      role: null,
      case: null,
      adjectival,
      gender: null,
      readings: [],
      certain: false,
    };
    return [{ kind: "place" as const, words: [nameWord], start, end, text: word.text, quoted: false, keepsName: false }];
  });
}
