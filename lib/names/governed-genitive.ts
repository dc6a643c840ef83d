import { isDictionaryWord } from "@/lib/lexicon";
import { isNameReading, knownReadings, parseWord } from "@/lib/morph";
import { latinVariants, matchKey } from "@/lib/translit";
import type { NameMention } from "./analysis";
import type { ArticleContext } from "./types";

const WORD_BEFORE = /(\p{L}+)[\s«"“„]+$/u;
const ENGLISH_WORD_BEFORE = /(\p{L}+)\s+$/u;

/** A common noun as az knows it and never a name's word (Эхо, Дом; not Марии, which is also of марий, Москва). */
function isCommonNounNeverName(word: string): boolean {
  const parses = parseWord(word.toLowerCase()).filter((p) => p.known);
  const isName = [...parses, ...knownReadings(word)].some((p) => isNameReading(p));
  return !isName && parses.some((p) => p.pos === "NOUN");
}

/**
 * A genitive governed by a common noun that English transliterates rather than translates (Эхо Москвы: Ekho Moskvy;
 * Дом Пашкова: Dom Pashkova): English that writes the head in Latin letters takes the whole name as Russian spells it,
 * genitive and all. A head English has as a word of its own (President, Bank) is translated, and leaves the genitive
 * a leak.
 */
export function isGovernedByTransliteratedHead(context: ArticleContext, mention: NameMention): boolean {
  if (mention.word.case !== "gent" || !mention.target) return false;
  // A person named with a first name stands beside the noun, not governed by it: "Председателя Думы Вячеслава
  // Володина" is the Duma's chairman Vyacheslav Volodin. A thing named after someone takes the surname alone (Дом Пашкова).
  if (mention.name.words.some((w) => w.role === "first")) return false;
  const source = context.aligned.source.text;
  const head = WORD_BEFORE.exec(source.slice(Math.max(0, mention.word.start - 40), mention.word.start))?.[1];
  const english = ENGLISH_WORD_BEFORE.exec(context.aligned.target.text.slice(Math.max(0, mention.target.start - 40), mention.target.start))?.[1];
  if (!head || !english || isDictionaryWord(english) || isDictionaryWord(english.toLowerCase()) || !isCommonNounNeverName(head)) return false;
  // The head in its own nominative: English declined it and kept the genitive as the name has it. A head written as
  // declined (Marii of Марии Захаровой) is a leak itself, not a name English took whole.
  const nominatives = new Set(parseWord(head.toLowerCase()).filter((p) => p.known).map((p) => p.lemma));
  return [...nominatives].some((nominative) => latinVariants(nominative).some((latin) => matchKey(latin) === matchKey(english)));
}
