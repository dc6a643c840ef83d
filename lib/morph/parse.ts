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

function toWordParse(word: string, parse: AzParse): WordParse {
  const grammemes = new Set(parse.tag.toString().split(/[ ,]/).filter(Boolean));
  const pick = (set: Set<string>) => [...grammemes].find((g) => set.has(g)) ?? null;
  return {
    word,
    // az fails to normalise a few guessed words; the word itself is then the best lemma.
    lemma: (parse.normalize()?.word ?? word).toLowerCase().replace(/ё/g, "е"),
    pos: parse.tag.POS ?? null,
    case: pick(CASES),
    gender: pick(GENDERS),
    number: pick(NUMBERS),
    grammemes,
    score: parse.score,
    known: parse.parser === "Dictionary",
    inflect: (wanted) => {
      const form = parse.inflect(wanted);
      return form && form.word ? form.word.toLowerCase().replace(/ё/g, "е") : null;
    },
  };
}

const cache = new Map<string, readonly WordParse[]>();

/** Every reading az gives for a Russian word, most likely first. Cached per word for the life of the process. */
export function parseWord(word: string): readonly WordParse[] {
  // az finds names (Name/Surn tags) only in their capitalised spelling, so the case is kept; its dictionary
  // matches "е" to "ё" but guesses worse from a written "ё" ("Семёновым"), so ё is folded first.
  let parses = cache.get(word);
  if (!parses) {
    const lower = word.toLowerCase().replace(/ё/g, "е");
    parses = morphology()(word.replace(/ё/g, "е").replace(/Ё/g, "Е")).map((parse) => toWordParse(lower, parse));
    cache.set(word, parses);
  }
  return parses;
}
