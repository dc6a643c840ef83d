import type { AlignedGroup } from "@/lib/align/types";
import { isDictionaryWord } from "@/lib/lexicon";

/** A word a machine built the Russian way from English parts, and its English form when one can be known. */
export interface Calque {
  fix: string | null;
}

const IFY_FORMS: Record<string, string> = { e: "ify", es: "ifies", ed: "ified", ing: "ifying" };
const VERB_FORMS: Record<string, string> = { e: "", es: "s", ed: "ed", ing: "ing" };

/**
 * Russian makes verbs of borrowed stems with -ировать, -ифицировать, and agent nouns with -ист; a machine renders
 * them by the Latin suffix on an English word that needs none, which neither dictionary nor a typing slip explains:
 * - "-ificate" for English "-ify" (газифицировать → "gasificated", gasified);
 * - "-ate" on an English verb (аттестовать → "attestated", attested);
 * - "-ist" on a noun, where the source has its agent noun in -ист (дзюдоисты → "judoists"; English says judoka).
 * Takes a lower-case word the dictionary lacks; null when it is no such calque.
 */
export function calqueOf(word: string, group: AlignedGroup | undefined): Calque | null {
  const ify = word.match(/^(\p{L}{2,})ificat(e|es|ed|ing)$/u);
  if (ify && [ify[1], `${ify[1]}ify`].some(isDictionaryWord)) return { fix: `${ify[1]}${IFY_FORMS[ify[2]]}` };
  const ate = word.match(/^(\p{L}{4,})at(e|es|ed|ing)$/u);
  // The stem takes -ed: it is a verb already, and a verb takes no second verb suffix.
  if (ate && isDictionaryWord(`${ate[1]}ed`)) {
    const fix = `${ate[1]}${VERB_FORMS[ate[2]]}`;
    return { fix: isDictionaryWord(fix) ? fix : null };
  }
  const ist = word.match(/^(\p{L}{3,})ists?$/u);
  if (ist && isDictionaryWord(ist[1]) && hasRussianAgentNoun(group)) return { fix: null };
  return null;
}

function hasRussianAgentNoun(group: AlignedGroup | undefined): boolean {
  return group?.source.some((sentence) => /\p{L}ист(?:ы|а|у|ом|е|ов|ам|ами|ах|ка|ки|ок)?(?!\p{L})/iu.test(sentence.text)) ?? false;
}
