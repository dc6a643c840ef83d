/**
 * DEMETR's perturbations (Karpinska et al., EMNLP 2022; marzenakrp/demetr), rebuilt to inject into MLQE-PE
 * post-edits. The repository publishes the data and one-line descriptions (`pert_desc`), not the scripts, so
 * each procedure follows its description and what the ru-en items show when mt_sent is compared with pert_sent.
 * Every function returns the sentence with one error, or null when the sentence offers nothing to perturb.
 */
import escapeStringRegexp from "escape-string-regexp";
import { isDictionaryWord } from "@/lib/lexicon";
import { CLOSED_CLASS } from "./closed-class";
import { entityShape, findEntities, type EntityShape } from "./entities";
import type { Random } from "./random";
import { atLeast, type Target } from "./table";

export const PERTURBATION_TYPES = [
  "misspelled", "char_removed", "repeat2", "tokenized", "punc_addition", "codemix", "ne_removed", "ne_replaced", "numbers_replaced",
] as const;
export type PerturbationType = (typeof PERTURBATION_TYPES)[number];

export const DEMETR_TARGETS: Record<PerturbationType, Target> = {
  misspelled: atLeast(0.9), char_removed: atLeast(0.9), repeat2: atLeast(0.9), tokenized: atLeast(0.9),
  punc_addition: atLeast(0.9), codemix: atLeast(0.9),
  ne_replaced: atLeast(0.7), ne_removed: atLeast(0.7), numbers_replaced: atLeast(0.7),
};

export interface CleanPair {
  source: string;
  target: string;
}

export interface PerturbationContext {
  random: Random;
  /** Entities of the other sentences of the same part, by shape: what ne_replaced draws from. */
  entityPool: Map<EntityShape, string[]>;
}

type Perturbation = (clean: CleanPair, context: PerturbationContext) => string | null;

interface Word {
  text: string;
  start: number;
  end: number;
}

// A word of letters only, not part of a longer token (don't, COVID-19, ex-husband).
const LETTER_WORD = /(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])/gu;
const letterWords = (text: string): Word[] =>
  [...text.matchAll(LETTER_WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

const replaceWord = (text: string, word: Word, replacement: string) => text.slice(0, word.start) + replacement + text.slice(word.end);

const isContentWord = (word: string) => /^\p{Ll}+$/u.test(word) && word.length >= 3 && !CLOSED_CLASS.has(word);

/** Writes `word` in the case pattern of `model`: Capitalised or lower case. */
const inCaseOf = (model: string, word: string) =>
  /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;

const swapTwoLetters = (word: string, random: Random) => {
  const i = random.integer(0, word.length - 2);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
};
const dropALetter = (word: string, random: Random) => {
  const i = random.integer(1, word.length - 1);
  return word.slice(0, i) + word.slice(i + 1);
};
const changeAVowel = (word: string, random: Random) => {
  const vowels = [...word.matchAll(/[aeiou]/g)].map((m) => m.index).filter((i) => i > 0);
  if (vowels.length === 0) return word;
  const i = random.pick(vowels);
  return word.slice(0, i) + random.pick([..."aeiou"].filter((v) => v !== word[i])) + word.slice(i + 1);
};
const addALetter = (word: string, random: Random) => {
  const i = random.integer(1, word.length);
  return word.slice(0, i) + random.pick([...word]) + word.slice(i);
};

// The kinds of slip in DEMETR's misspelled items, about as often: mostly two letters swapped (abotu, gropu),
// then a letter dropped (Leage, Minstry), a vowel for another (Russion, populer), a letter added (comapany).
const SLIPS = [
  { weight: 0.5, apply: swapTwoLetters },
  { weight: 0.2, apply: dropALetter },
  { weight: 0.15, apply: changeAVowel },
  { weight: 0.15, apply: addALetter },
];

function slip(word: string, random: Random): string {
  let roll = random.next();
  for (const { weight, apply } of SLIPS) {
    roll -= weight;
    if (roll < 0) return inCaseOf(word, apply(word.toLowerCase(), random));
  }
  return word;
}

/**
 * misspelled — "misspell one word from common misspelling list (Wikipedia)". Without the list, one slip of the
 * kinds above in a dictionary word of three letters or more, kept only if the result is not a word itself
 * (the list's entries are not words: a real-word slip would be a different perturbation).
 */
const misspelled: Perturbation = ({ target }, { random }) => {
  const words = letterWords(target).filter((w) => w.text.length >= 3 && /^\p{Lu}?\p{Ll}+$/u.test(w.text) && isDictionaryWord(w.text));
  for (let attempt = 0; attempt < 20 && words.length > 0; attempt++) {
    const word = random.pick(words);
    const misspelling = slip(word.text, random);
    if (misspelling.toLowerCase() !== word.text.toLowerCase() && !isDictionaryWord(misspelling)) return replaceWord(target, word, misspelling);
  }
  return null;
};

/**
 * char_removed — "remove one char from randomly selected word (N, V, ADJ, or ADV) which is not the first or
 * last word". Any position, and the result may be a word (DEMETR has received → receive, will → ill).
 */
const charRemoved: Perturbation = ({ target }, { random }) => {
  const words = letterWords(target).slice(1, -1).filter((w) => /^\p{Ll}{2,}$/u.test(w.text) && !CLOSED_CLASS.has(w.text));
  if (words.length === 0) return null;
  const word = random.pick(words);
  const i = random.integer(0, word.text.length - 1);
  return replaceWord(target, word, word.text.slice(0, i) + word.text.slice(i + 1));
};

/** repeat2 — "repeat the last word twice with regard to punctuation": ago. → ago ago.; Party). → Party) Party). */
const repeat2: Perturbation = ({ target }) => {
  const tail = /[\s.!?…"'”»]*$/u.exec(target)![0];
  const body = target.slice(0, target.length - tail.length);
  const last = /\S+$/.exec(body)?.[0];
  return last && /[\p{L}\p{N}]/u.test(last) ? `${body} ${last}${tail}` : null;
};

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;
const LEADING_PUNCTUATION = /^["'«“„(\[{]/u;
const TRAILING_PUNCTUATION = /[,.;:!?…"'»”)\]}]$/u;
// spaCy keeps a dotted abbreviation whole (U.S., St.) but not a full stop after a word.
const ABBREVIATION = /^(?:(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|No|vs)\.)$/u;

function spacyTokens(chunk: string): string[] {
  const before: string[] = [];
  const after: string[] = [];
  let core = chunk;
  while (core.length > 1 && LEADING_PUNCTUATION.test(core)) {
    before.push(core[0]);
    core = core.slice(1);
  }
  while (core.length > 1 && TRAILING_PUNCTUATION.test(core) && !ABBREVIATION.test(core)) {
    after.unshift(core.at(-1)!);
    core = core.slice(0, -1);
  }
  const clitic = CLITIC.exec(core);
  const words = clitic ? [clitic[1], clitic[2]] : [core];
  // Hyphens between letters are split: ex-husband → ex - husband; numbers keep theirs (COVID-19 stays).
  const split = words.flatMap((word) => word.split(/(?<=\p{L})(-)(?=\p{L})/u));
  return [...before, ...split, ...after];
}

/** tokenized — "tokenize the sentence with spacy": punctuation, clitics and hyphens become tokens of their own. */
const tokenized: Perturbation = ({ target }) => {
  const result = target.split(/\s+/).filter(Boolean).flatMap(spacyTokens).join(" ");
  return result === target ? null : result;
};

// The marks DEMETR's ru-en items insert.
const INSERTED_PUNCTUATION = [...",.'\"-!?;:_^@"];

/** punc_addition — "randomly insert punctuation into the sentence": one mark glued after a word that is not the last. */
const puncAddition: Perturbation = ({ target }, { random }) => {
  const chunks = [...target.matchAll(/\S+/g)];
  if (chunks.length < 2) return null;
  const chunk = chunks[random.integer(0, chunks.length - 2)];
  const at = chunk.index + chunk[0].length;
  return target.slice(0, at) + random.pick(INSERTED_PUNCTUATION) + target.slice(at);
};

/** Every whole-word occurrence of a phrase. */
const occurrences = (phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeStringRegexp(phrase)}(?![\\p{L}\\p{N}])`, "gu");

/** ne_removed — "remove random named entity": every occurrence of it, as DEMETR does (in the Premier League, twice). */
const neRemoved: Perturbation = ({ target }, { random }) => {
  const entities = findEntities(target);
  if (entities.length === 0) return null;
  const entity = random.pick(entities);
  const removed = target.replace(occurrences(entity.text), "").replace(/ {2,}/g, " ").trim();
  return removed === "" ? null : removed;
};

/**
 * ne_replaced — "replace NE with a regard to the entity type (e.g., PER for PER)": by an entity of the same
 * shape (acronym, one word, several words) from another sentence of the part, sharing no word with it and not
 * already in the sentence.
 */
const neReplaced: Perturbation = ({ target }, { random, entityPool }) => {
  const entities = findEntities(target);
  if (entities.length === 0) return null;
  const entity = random.pick(entities);
  const candidates = entityPool.get(entityShape(entity.text)) ?? [];
  const ownWords = new Set(entity.text.toLowerCase().split(/\s+/));
  for (let attempt = 0; attempt < 20 && candidates.length > 0; attempt++) {
    const replacement = random.pick(candidates);
    const sharesWord = replacement.toLowerCase().split(/\s+/).some((word) => ownWords.has(word));
    if (!sharesWord && !target.toLowerCase().includes(replacement.toLowerCase())) {
      return target.replace(occurrences(entity.text), () => replacement);
    }
  }
  return null;
};

const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
// A figure not glued to letters or a hyphen (COVID-19, Su-35 are names), with its thousands or decimal marks.
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,-])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\p{L}\\p{N}]|[.,]\\d)|\\b(?:${NUMBER_WORDS.join("|")})\\b`, "giu");

/** Another value "in a reasonable range": a year moves by up to ten, other figures by up to half their size. */
function nearbyNumber(written: string, random: Random): string {
  const wordIndex = NUMBER_WORDS.indexOf(written.toLowerCase());
  if (wordIndex >= 0) {
    const options = NUMBER_WORDS.filter((_, i) => i !== wordIndex && Math.abs(i - wordIndex) <= 3);
    return inCaseOf(written, random.pick(options));
  }
  const decimals = written.split(".")[1]?.length ?? 0;
  const value = Math.round(Number(written.replace(/,/g, "")) * 10 ** decimals);
  const isYear = decimals === 0 && /^(1[5-9]|20)\d\d$/.test(written);
  const spread = isYear ? 10 : Math.max(2, Math.ceil(value / 2));
  let next = value;
  while (next === value) next = Math.max(0, value + random.integer(-spread, spread));
  const text = (next / 10 ** decimals).toFixed(decimals);
  return written.includes(",") ? Number(text).toLocaleString("en-US") : text;
}

/** numbers_replaced — "numbers changed in a reasonable range": one figure or number word (three → two, 2016 → 2018). */
const numbersReplaced: Perturbation = ({ target }, { random }) => {
  const numbers = [...target.matchAll(NUMBER)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (numbers.length === 0) return null;
  const number = random.pick(numbers);
  return replaceWord(target, number, nearbyNumber(number.text, random));
};

// Russian closed-class words long enough to pass the length filter: not what a translator leaves untranslated.
const RUSSIAN_CLOSED_CLASS = new Set([
  "который", "которая", "которое", "которые", "которых", "которым", "этот", "этого", "этом", "этой", "эти", "этих",
  "также", "тоже", "чтобы", "если", "когда", "после", "более", "менее", "было", "были", "была", "будет", "быть",
  "может", "очень", "через", "перед", "между", "свой", "своей", "своих", "всех", "весь", "только", "однако",
]);

/**
 * codemix — DEMETR puts the Russian word for one English word in its place (relations → отношения), by hand.
 * Without a word alignment: a lower-case Russian word of four letters or more from the source replaces a
 * lower-case English content word. The Russian word is the source's, but not necessarily that word's translation.
 */
const codemix: Perturbation = ({ source, target }, { random }) => {
  const russian = (source.match(/(?<!\p{L})\p{Script=Cyrillic}{4,}(?!\p{L})/gu) ?? []).filter(
    (word) => /^\p{Ll}+$/u.test(word) && !RUSSIAN_CLOSED_CLASS.has(word),
  );
  const english = letterWords(target).filter((w) => isContentWord(w.text));
  if (russian.length === 0 || english.length === 0) return null;
  return replaceWord(target, random.pick(english), random.pick(russian));
};

export const PERTURBATIONS: Record<PerturbationType, Perturbation> = {
  misspelled,
  char_removed: charRemoved,
  repeat2,
  tokenized,
  punc_addition: puncAddition,
  codemix,
  ne_removed: neRemoved,
  ne_replaced: neReplaced,
  numbers_replaced: numbersReplaced,
};
