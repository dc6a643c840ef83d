import { isNameReading, knownReadings, parseWord, wordsOf, type WordParse } from "@/lib/morph";
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
  const parses = knownReadings(word.toLowerCase());
  if (parses.length === 0 || !parses.every((p) => p.pos === "VERB" && p.grammemes.has("past"))) return null;
  const genders = new Set(parses.map((p) => asGender(p.gender)));
  return genders.size === 1 ? [...genders][0] : null;
}

const onlyNominative = (nouns: WordParse[]) =>
  nouns.length > 0 && nouns.some((p) => p.case === "nomn") && nouns.every((p) => p.case !== "accs") && nouns.every((p) => p.number !== "plur");

/**
 * A noun that can only be a nominative: "газета", "президент" (not "документ", which may be an object too), or a
 * first name read as one ("Владимир", "Биньямин": az knows names only capitalised, and Владимир is a city too).
 */
function isPlainNominative(word: string): boolean {
  return (
    onlyNominative(knownReadings(word.toLowerCase()).filter((p) => p.pos === "NOUN")) ||
    onlyNominative(knownReadings(word).filter((p) => p.grammemes.has("Name")))
  );
}

/** Whether a stretch of a clause holds its own subject, so that a name beside the verb is its object. */
const holdsSubject = (stretch: string) => wordsOf(stretch).some((w) => isPlainNominative(w.text));

/**
 * The gender of the past-tense verb right after the name (and any capitalised words that end it), when the name is its
 * subject: not when a noun that can only be a nominative follows it in the clause, which is then the subject and the
 * name its object ("Слова Хабека привела газета", "Пушича поблагодарил президент клуба").
 */
function verbAfterGender(text: string, name: SourceName): Gender | null {
  // A surname the article's own nominative reads only in an oblique case (Исибу, after Исиба) is no subject.
  if (name.words.length === 1 && name.words[0].certain && name.words[0].readings.every((r) => r.case !== "nomn")) return null;
  // Past the rest of the person's name (three words at most: a list of names is no one's name), where the analysis
  // read it as a name of its own: "Милана Вайнтруб выступила", Милана being also Милан's genitive.
  const after = /^(?:\s+\p{Lu}[\p{Ll}-]*){0,3}\s+([\p{L}-]+)/u.exec(text.slice(name.end, name.end + 200));
  const gender = after && verbGender(after[1]);
  if (!gender) return null;
  // The rest of the clause is read only after a verb: read after every name, a clause of thousands of names was quadratic.
  const [rest] = /^[^,.;:!?—–«»()]*/u.exec(text.slice(name.end + after[0].length))!;
  return holdsSubject(rest) ? null : gender;
}

/** The word right before the name, if only spaces part them. */
const wordBefore = (text: string, name: SourceName) => /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, name.start - 40), name.start))?.[1];

/**
 * Whether the name is the subject of a past-tense verb right after it ("Буше добавил"): then it is in the nominative,
 * whatever the dictionary makes of its ending (Буше as a case of Буш), and an English form like it keeps no case ending.
 * Not a name that may be the genitive of a noun before it, whose verb it is ("Визит Санчеса стал").
 */
export function isSubjectOfVerbAfter(text: string, name: SourceName): boolean {
  const before = wordBefore(text, name);
  const afterNoun = before !== undefined && knownReadings(before.toLowerCase()).some((p) => p.pos === "NOUN");
  if (afterNoun && name.words.some((w) => w.readings.some((r) => r.case === "gent"))) return false;
  return verbAfterGender(text, name) !== null;
}

/**
 * The gender of the verb a name in the nominative is the subject of, when the verb stands right beside it:
 * "Умарова заявила" (a woman), "— подчеркнул Акбаров" (a man). A surname alone says nothing by itself when it can be
 * a man's genitive or a woman's nominative; its predicate does.
 */
export function genderByPredicate(text: string, name: SourceName): Gender | null {
  // Right after the name, a verb in the past has it for subject, whatever az made of the name (Джорджа Мелони заявила).
  const byVerbAfter = verbAfterGender(text, name);
  if (byVerbAfter) return isGenitiveOfSubjectBefore(text, name, byVerbAfter) ? null : byVerbAfter;
  if (!name.words.every((w) => w.readings.some((r) => r.case === "nomn") || w.maybeNominative)) return null;
  const clause = /(?:^|[,.;:!?—–«»()])([^,.;:!?—–«»()]*?)(?:^|[\s-])([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, name.start - 80), name.start));
  if (!clause) return null;
  const [, subject, before] = clause;
  // A noun before the verb that can only be a nominative is its subject, and the name its object ("Оппозиция
  // раскритиковала Мерца", "Суд оштрафовал Аксоя").
  return holdsSubject(subject) ? null : verbGender(before);
}

/**
 * Whether the name may be the genitive of the noun right before it, and that noun the subject the verb agrees with
 * ("Речь Эрдогана длилась": the speech lasted; Erdoğan is no woman). A noun the verb cannot agree with is the name's
 * title, and the verb the name's ("Премьер Джорджа Мелони заявила").
 */
function isGenitiveOfSubjectBefore(text: string, name: SourceName, verb: Gender): boolean {
  if (!name.words.some((w) => w.readings.some((r) => r.case === "gent" || r.case === null))) return false;
  const before = wordBefore(text, name);
  return before !== undefined && knownReadings(before.toLowerCase()).some((p) => p.pos === "NOUN" && p.case === "nomn" && asGender(p.gender) === verb);
}

interface WordBefore {
  word: string;
  /** The text before the word. */
  before: string;
}

/** The word before a name and the text before that word, if only spaces on one line part them from the name. */
const wordBeforeWithText = (text: string, name: SourceName): WordBefore | null => {
  const match = /([\p{L}-]+)[^\S\n]+$/u.exec(text.slice(Math.max(0, name.start - 60), name.start));
  return match ? { word: match[1], before: text.slice(Math.max(0, name.start - 60), name.start - match[0].length) } : null;
};

const nounReadings = (word: string) => knownReadings(word.toLowerCase()).filter((p) => p.pos === "NOUN");

/** A title of a person in a case other than the nominative ("министра", "президентом"), which a name after it shares. */
const isObliqueTitle = (word: string) => {
  const nouns = nounReadings(word);
  return nouns.length > 0 && nouns.every((p) => p.grammemes.has("anim") && p.number === "sing" && p.case !== "nomn");
};

/**
 * A thing's noun ("встреча", "указ") that opens its clause or follows its verb: a name right after it is its genitive
 * ("Встреча Путина", "подписал указ Токаева"). Not one after a preposition or a word that may agree with it ("в
 * понедельник Петрова", "каждый день Петрова"), where the noun is a time and the name may be the subject.
 */
function isThingNounOpeningPhrase(word: string, before: string): boolean {
  const readings = knownReadings(word.toLowerCase());
  if (readings.length === 0 || !readings.every((p) => p.pos === "NOUN" && p.grammemes.has("inan") && (p.case === "nomn" || p.case === "accs"))) return false;
  const previous = /([\p{L}-]+)\s*$/u.exec(before);
  if (!previous || /[,.;:!?—–«»()]\s*$/u.test(before)) return true;
  const parses = knownReadings(previous[1].toLowerCase());
  return parses.length > 0 && parses.every((p) => p.pos === "VERB");
}

/** A capitalised word every singular noun reading of which is oblique (Трампа, Шольца): a name not in the nominative. */
function isObliqueName(word: string): boolean {
  const nouns = parseWord(word).filter((p) => p.pos === "NOUN" && p.number === "sing");
  return nouns.length > 0 && nouns.every((p) => p.case !== "nomn");
}

/** A name joined by «и» to one that is surely oblique shares its case ("Встреча Трампа и Путина", "Путина и Трампа"). */
function isJoinedToObliqueName(text: string, name: SourceName, before: WordBefore | null): boolean {
  const previous = before?.word === "и" ? /(\p{Lu}[\p{L}-]*)[^\S\n]+$/u.exec(before.before)?.[1] : undefined;
  const next = /^[^\S\n]+и[^\S\n]+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(name.end, name.end + 60))?.[1];
  return [previous, next].some((word) => word !== undefined && isObliqueName(word));
}

/**
 * A word that governs the name after it in a case other than the nominative: a preposition ("у Петрова", "с Асель
 * Жанибековой"), a title in another case, which agrees with it ("министра Умарова", "президентом Токаевым"), or a
 * thing's noun governing it in the genitive ("Встреча Путина"). A title in the nominative says nothing: "журналистка
 * Петрова" is a woman, "дочь Петрова" his daughter.
 */
function isGoverningWord({ word, before }: WordBefore): boolean {
  // A capital inside a sentence makes the word part of an abbreviation ("ЦИ (р) К"); a name (Анна, not the coin) is
  // no governing word either.
  const lowerCase = word === word.toLowerCase() || /(?:^|[.!?…]\s*)$/u.test(before);
  if (!lowerCase || knownReadings(word).some((p) => isNameReading(p))) return false;
  const preposition = knownReadings(word.toLowerCase()).some((p) => p.pos === "PREP");
  return preposition || isObliqueTitle(word) || isThingNounOpeningPhrase(word, before);
}

/**
 * Whether the words around a name rule out its nominative: a word governing it, or a name surely oblique joined to it.
 * A woman's nominative cannot stand there, so "Путина" is Путин's genitive.
 */
export function isGovernedOblique(text: string, name: SourceName): boolean {
  if (name.quoted) return false;
  const before = wordBeforeWithText(text, name);
  return (before !== null && isGoverningWord(before)) || isJoinedToObliqueName(text, name, before);
}

/**
 * "Он"/"Она" opening the next sentence speaks of the one person the sentence before it names. Weaker than the other
 * evidence, so it is used only when there is no other.
 */
export function genderByPronoun(nextSentence: string | undefined): Gender | null {
  const first = nextSentence ? wordsOf(nextSentence)[0]?.text : undefined;
  return first === "Он" ? "masc" : first === "Она" ? "femn" : null;
}
