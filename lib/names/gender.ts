import { parseWord, wordsOf } from "@/lib/morph";
import type { SourceName } from "./source-names";

export type Gender = "masc" | "femn";

const asGender = (gender: string | null): Gender | null => (gender === "masc" || gender === "femn" ? gender : null);

const PATRONYMIC = /(?:ович|евич|ич)(?:а|у|ем|е)?$|(?:овн|евн|ичн)(?:а|ы|е|у|ой)$/iu;

/**
 * A first name the dictionary knows or a patronymic says whose name it is: Сергей, Мария; Сергеевич, Сергеевна. A
 * first name az only guessed (Ерлана: a man's genitive or a woman's name?) says nothing.
 */
export function genderByName(name: SourceName): Gender | null {
  for (const [index, word] of name.words.entries()) {
    // Only a middle word: a Serbian surname ends in -ич too, whoever bears it (Ана Брнабич).
    const middle = word.role === "middle" || (name.words.length === 3 && index === 1);
    const patronymic = middle ? PATRONYMIC.exec(word.text) : null;
    if (patronymic) return /ич/.test(patronymic[0]) && !/н/.test(patronymic[0]) ? "masc" : "femn";
    if (word.role === "first" && word.certain) {
      const gender = asGender(word.gender);
      if (gender) return gender;
    }
  }
  return null;
}

/** The gender of a past-tense verb in the singular (заявил, заявила); null for any other word or an ambiguous one. */
function verbGender(word: string): Gender | null {
  const parses = parseWord(word.toLowerCase()).filter((p) => p.known);
  if (parses.length === 0 || !parses.every((p) => p.pos === "VERB" && p.grammemes.has("past"))) return null;
  const genders = new Set(parses.map((p) => asGender(p.gender)));
  return genders.size === 1 ? [...genders][0] : null;
}

/**
 * The gender of the verb a name in the nominative is the subject of, when the verb stands right beside it:
 * "Умарова заявила" (a woman), "— подчеркнул Акбаров" (a man). A surname alone says nothing by itself when it can be
 * a man's genitive or a woman's nominative; its predicate does.
 */
export function genderByPredicate(text: string, name: SourceName): Gender | null {
  // Right after the name, a verb in the past has it for subject, whatever az made of the name (Джорджа Мелони заявила).
  const after = /^\s+([\p{L}-]+)/u.exec(text.slice(name.end))?.[1];
  const byVerbAfter = after ? verbGender(after) : null;
  if (byVerbAfter) return byVerbAfter;
  if (!name.words.every((w) => w.readings.some((r) => r.case === "nomn") || w.maybeNominative)) return null;
  const before = /(?:^|[\s—–-])([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, name.start - 40), name.start))?.[1];
  return before ? verbGender(before) : null;
}

/**
 * "Он"/"Она" opening the next sentence speaks of the one person the sentence before it names. Weaker than the other
 * evidence, so it is used only when there is no other.
 */
export function genderByPronoun(nextSentence: string | undefined): Gender | null {
  const first = nextSentence ? wordsOf(nextSentence)[0]?.text : undefined;
  return first === "Он" ? "masc" : first === "Она" ? "femn" : null;
}
