import type { AzParse } from "az";
import { morphology } from "./load";

/** One morphological reading of a word (OpenCorpora grammemes: https://opencorpora.org/dict.php?act=gram). */
export interface WordParse {
  /** The word as given, lower-cased, ё written е. */
  word: string;
  /** Dictionary form, lower-cased ("умаров" for "Умарова"). */
  lemma: string;
  pos: string | null;
  case: string | null;
  gender: string | null;
  number: string | null;
  /** All grammemes of the reading, e.g. Name, Surn, Patr, Geox, Orgn, Abbr, Fixd, anim. */
  grammemes: ReadonlySet<string>;
  /** az's estimate of how likely this reading is (they sum to about 1 per word). */
  score: number;
  /** True when the word is in the dictionary, false when az guessed from its suffix. */
  known: boolean;
  /** This lexeme in other grammemes (e.g. ["nomn"]), lower-cased; null when az cannot build the form. */
  inflect(grammemes: string[]): string | null;
}

const CASES = new Set(["nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"]);
const GENDERS = new Set(["masc", "femn", "neut", "Ms-f"]);
const NUMBERS = new Set(["sing", "plur"]);

type TagReading = Pick<WordParse, "case" | "gender" | "number" | "grammemes">;

/** Per az tag: az makes its tags once, when it loads, and every parse with that tag shares the object. */
const tagReadings = new WeakMap<AzParse["tag"], TagReading>();

function readTag(tag: AzParse["tag"]): TagReading {
  let reading = tagReadings.get(tag);
  if (!reading) {
    const grammemes = new Set(tag.toString().split(/[ ,]/).filter(Boolean));
    const pick = (set: Set<string>) => [...grammemes].find((g) => set.has(g)) ?? null;
    reading = { case: pick(CASES), gender: pick(GENDERS), number: pick(NUMBERS), grammemes };
    tagReadings.set(tag, reading);
  }
  return reading;
}

function toWordParse(word: string, parse: AzParse): WordParse {
  const tag = readTag(parse.tag);
  return {
    word,
    // az fails to normalise a few guessed words; the word itself is then the best lemma.
    lemma: (parse.normalize()?.word ?? word).toLowerCase().replace(/ё/g, "е"),
    pos: parse.tag.POS ?? null,
    case: tag.case,
    gender: tag.gender,
    number: tag.number,
    grammemes: tag.grammemes,
    score: parse.score,
    known: parse.parser === "Dictionary",
    inflect: (wanted) => {
      const form = parse.inflect(wanted);
      return form && form.word ? form.word.toLowerCase().replace(/ё/g, "е") : null;
    },
  };
}

const cache = new Map<string, readonly WordParse[]>();
const knownCache = new Map<string, readonly WordParse[]>();

/** az's parsers but its dictionary: what `knownReadings` skips. */
const DICTIONARY_ONLY = { parsers: ["Dictionary"] };

function readingsOf(word: string, config?: Record<string, unknown>): WordParse[] {
  // az finds names (Name/Surn tags) only in their capitalised spelling, so the case is kept; its dictionary
  // matches "е" to "ё" but guesses worse from a written "ё" ("Семёновым"), so ё is folded first.
  const lower = word.toLowerCase().replace(/ё/g, "е");
  return morphology()(word.replace(/ё/g, "е").replace(/Ё/g, "Е"), config).map((parse) => toWordParse(lower, parse));
}

/** Every reading az gives for a Russian word, most likely first. Cached per word for the life of the process. */
export function parseWord(word: string): readonly WordParse[] {
  let parses = cache.get(word);
  if (!parses) {
    parses = readingsOf(word);
    cache.set(word, parses);
  }
  return parses;
}

/**
 * The readings az's dictionary has for a word: `parseWord`'s `known` ones, in its order and with its scores (az
 * scores and sorts the dictionary's readings apart from its guesses). Asks the dictionary alone: guessing from the
 * suffixes is most of the cost of parsing a word, and a caller that wants only known readings throws the guesses away.
 */
export function knownReadings(word: string): readonly WordParse[] {
  let known = knownCache.get(word);
  if (!known) {
    known = cache.get(word)?.filter((parse) => parse.known) ?? readingsOf(word, DICTIONARY_ONLY);
    knownCache.set(word, known);
  }
  return known;
}
