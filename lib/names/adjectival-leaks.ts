import type { TextSpan } from "@/lib/align/types";
import { isCapitalised, parseWord, wordsOf, type Word, type WordParse } from "@/lib/morph";
import { latinVariants, matchKey, preferredLatin } from "@/lib/translit";
import { analyseNames } from "./analysis";
import type { ArticleContext } from "./types";

/** An English word that transliterates a capitalised Russian adjective in an oblique case ("Ryazanskoy" for Рязанской). */
export interface AdjectivalLeak {
  group: number;
  source: Word;
  target: TextSpan;
  /** Grammatical case of the source adjective, e.g. "loct". */
  case: string;
  /** The adjective in the nominative, same gender and number, transliterated ("Ryazanskaya"). */
  nominative: string;
}

/**
 * The readings of a capitalised adjective in an oblique case (Рязанской, Кутузовском, Ярославского): a part of a
 * place or institution name that English renders by the place (Ryazan region) or the adjective in the nominative
 * (Kutuzovsky Prospekt). None when the word may be a nominative or is not only an adjective.
 */
function obliqueAdjective(word: string): WordParse | null {
  const parses = parseWord(word);
  const known = parses.filter((p) => p.known);
  const readings = known.length > 0 ? known : parses.slice(0, 1);
  if (readings.length === 0 || !readings.every((p) => p.pos === "ADJF" && p.case !== null && p.case !== "nomn")) return null;
  return readings[0];
}

function nominativeSpelling(parse: WordParse): string {
  const keep = [parse.number, parse.number === "plur" ? null : parse.gender].filter((g): g is string => Boolean(g));
  const nominative = parse.inflect(["nomn", ...keep]) ?? parse.lemma;
  return preferredLatin(nominative.charAt(0).toUpperCase() + nominative.slice(1));
}

/**
 * Capitalised English words no source name accounts for that spell a source adjective as declined: the Russian case
 * ending leaked into English as it does into names ("Kuntsevskogo district", "Kutuzovskom Prospekt").
 */
export function adjectivalLeaks(context: ArticleContext): AdjectivalLeak[] {
  return context.memo("names:adjectival-leaks", () => {
    const leaks: AdjectivalLeak[] = [];
    for (const [group, english] of analyseNames(context).unmatchedTargetWords) {
      for (const sentence of context.groups[group].source) {
        for (const word of wordsOf(sentence.text, sentence.start).slice(1)) {
          const parse = isCapitalised(word.text) ? obliqueAdjective(word.text) : null;
          if (!parse) continue;
          const keys = new Set(latinVariants(word.text).map(matchKey));
          const target = english.find((w) => keys.has(matchKey(w.text)));
          if (target) leaks.push({ group, source: word, target, case: parse.case!, nominative: nominativeSpelling(parse) });
        }
      }
    }
    return leaks;
  });
}
