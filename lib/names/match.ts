import { sharesDemonymStem } from "@/lib/lexicon";
import { consonantSkeleton, foldLatin, isOneSyllable, latinVariants, matchKey, nameLexicon, nameModel, similarity } from "@/lib/translit";
import { englishForms } from "./english-forms";
import type { NameWord } from "./source-names";

export type Verdict = "ok" | "case-leak";

/**
 * How the English word was matched: a spelling of the nominative, a close spelling, a place's stem (Russian for
 * Россия), the consonants of a borrowed name (Price for Прайс), a spelling the name model finds likely (Scholz for
 * Шольц, Kılıçdaroğlu for Кылычдароглу), a leaked case form (Kotsu for Коцу, Johnsona for Джонсона), or a guess: the
 * only unexplained English name that begins like the only unexplained source name (Khashoggi for Хашкаджи).
 */
export type MatchKind = "spelling" | "close" | "stem" | "consonants" | "model" | "leak" | "guess";

/** How one English word renders one source name word. */
export interface WordMatch {
  verdict: Verdict;
  kind: MatchKind;
  score: number;
  /** The nominative (Russian, lower-cased) the English word was matched to. */
  nominative: string;
  /** For a case leak: the English word without the Russian ending, when it can be cut ("Kotsu" → "Kots"). */
  stripped: string | null;
}

/** Russian case endings as they look after transliteration and `matchKey` folding (ы, й → i). */
const LEAKED_ENDINGS = ["a", "ia", "u", "iu", "om", "em", "e", "i", "oi", "ei", "im", "ami", "ah"];

const MIN_FUZZY = 0.75;
/** A close spelling's similarity (at most 1) is weighted so: it scores no more than a leaked case form. */
const CLOSE_WEIGHT = 0.95;
/** Below the rules' own matches: a model match is taken only where no spelling rule explains the word. */
const MODEL_SCORE = 0.74;

/** Per source word (as `sourceKey` tells it), per English word: the matches of each step (see `MATCH_STEPS`). */
const matchCache = new Map<string, Map<string, WordMatch | null>>();
const ruleMatchCache = new Map<string, Map<string, WordMatch | null>>();
const spellingMatchCache = new Map<string, Map<string, WordMatch | null>>();
/** A name word is matched against every capitalised word of its sentences: its key is built once. */
const sourceKeys = new WeakMap<NameWord, string>();

function sourceKey(source: NameWord): string {
  let key = sourceKeys.get(source);
  if (key === undefined) {
    key = `${source.text}|${source.nominatives.join(",")}|${source.maybeNominative}|${source.adjectival}|${source.certain}|${source.role}|${source.gender}`;
    sourceKeys.set(source, key);
  }
  return key;
}

// Bounded: the analysis worker reads article after article, and a frequent name meets ever new English words.
const SOURCE_WORDS_KEPT = 5_000;
const ENGLISH_WORDS_KEPT = 1_000;

function cached(cache: typeof matchCache, source: NameWord, english: string, score: () => WordMatch | null): WordMatch | null {
  const key = sourceKey(source);
  let byEnglish = cache.get(key);
  if (!byEnglish) {
    if (cache.size >= SOURCE_WORDS_KEPT) cache.clear();
    cache.set(key, (byEnglish = new Map()));
  }
  let match = byEnglish.get(english);
  if (match === undefined) {
    if (byEnglish.size >= ENGLISH_WORDS_KEPT) byEnglish.clear();
    match = score();
    byEnglish.set(english, match);
  }
  return match;
}

/** Scores an English word as a rendering of a source name word; null when it is not one. Cached per pair. */
export function matchWord(source: NameWord, english: string): WordMatch | null {
  return cached(matchCache, source, english, () => ruleMatch(source, english) ?? (matchKey(english) ? modelMatch(source, english) : null));
}

/** `matchWord` without the name model's match of the nominative, the last step. */
function ruleMatch(source: NameWord, english: string): WordMatch | null {
  return cached(ruleMatchCache, source, english, () => {
    const key = matchKey(english);
    if (key.length === 0) return spellingMatch(source, english);
    const forms = englishForms(source);
    return spellingMatch(source, english) ?? (readsLeaks(source, english) ? modelLeak(source, english) : null) ?? closest(english, key, forms.nominativeKeys, source.adjectival);
  });
}

/**
 * The first steps: a spelling of a nominative (Jae for Чжэ by Korean romanisation), or of its case form (Kotsu for
 * Коцу). Nothing later scores as high.
 */
function spellingMatch(source: NameWord, english: string): WordMatch | null {
  return cached(spellingMatchCache, source, english, () => {
    const forms = englishForms(source);
    const key = matchKey(english);
    if (key.length === 0) return null;
    const exact = forms.nominativeKeys.get(key) ?? forms.readingKeys.get(key);
    if (exact) return { verdict: "ok", kind: "spelling", score: 1, nominative: exact, stripped: null };
    if (!readsLeaks(source, english)) return null;
    const leak = leakedEnding(key, english, (base) => forms.nominativeKeys.get(base) ?? forms.readingKeys.get(base));
    if (leak) return leak;
    return forms.obliqueKeys.has(key) ? { verdict: "case-leak", kind: "leak", score: 0.95, nominative: source.nominatives[0], stripped: null } : null;
  });
}

/**
 * Whether the English word may be a case form of the source word left in: not where the source word is a nominative,
 * nor one syllable, which no case form is though az may read one (Ху of ха, Ма of м: Hu Jintao, Ma Ying-jeou).
 */
const readsLeaks = (source: NameWord, english: string) => !source.maybeNominative && !isOneSyllable(source.text) && !isOwnLanguageSpelling(source, english);

/**
 * matchWord's steps, fastest first, each with the best score the later ones can give: a caller that has a match above
 * it among all words need not take the later steps (the name model's, the slowest) for any of them.
 */
export const MATCH_STEPS: ReadonlyArray<{ match: typeof matchWord; laterBest: number; reach: (source: NameWord) => Reach | null }> = [
  { match: spellingMatch, laterBest: CLOSE_WEIGHT, reach: (source) => ({ keys: spellingKeys(source), initials: new Set() }) },
  { match: ruleMatch, laterBest: MODEL_SCORE, reach: ruleReach },
  { match: matchWord, laterBest: -Infinity, reach: () => null },
];

/**
 * The English words a step can match, by their match keys and the keys' first letters; null where it may match any.
 * A caller that indexes its words so scores a source word against these alone: a sentence of thousands of names
 * scored every name against every word.
 */
export interface Reach {
  keys: Set<string>;
  initials: Set<string>;
}

/**
 * Keys `spellingMatch` can match: a nominative's, an oblique form's, a romanisation's of a Korean or Chinese name,
 * a nominative's with a case ending left on.
 */
function spellingKeys(source: NameWord): Set<string> {
  const { nominativeKeys, obliqueKeys, readingKeys } = englishForms(source);
  const keys = new Set([...nominativeKeys.keys(), ...obliqueKeys, ...readingKeys.keys()]);
  // A word that may be a nominative leaks no ending (`readsLeaks`): its many romanisations need not be read with one.
  const leakBases = source.maybeNominative ? nominativeKeys.keys() : [...nominativeKeys.keys(), ...readingKeys.keys()];
  for (const key of leakBases) for (const ending of LEAKED_ENDINGS) keys.add(key + ending);
  return keys;
}

/**
 * `ruleMatch` reads a case form by the name model (`modelLeak`), any word; otherwise it matches a spelling or one
 * `closest` reaches: a word beginning as a nominative key does, or a compound's tail (Duma for Госдума).
 */
function ruleReach(source: NameWord): Reach | null {
  if (!source.maybeNominative && !source.adjectival && !isLatinWord(source.text)) return null;
  const nominativeKeys = [...englishForms(source).nominativeKeys.keys()];
  const keys = spellingKeys(source);
  for (const key of nominativeKeys) for (let start = 1; key.length - start >= 4; start++) keys.add(key.slice(start));
  return { keys, initials: new Set(nominativeKeys.map((key) => key[0])) };
}

/**
 * The English word is attested as a spelling of the Russian word as written, in letters no Russian romanisation
 * gives it (Wali for Вали, not Vali): the translator took a foreign name from its own language, where the Russian
 * form is the name itself, not a case of Валя. A first name the word agrees with settles its case all the same.
 */
function isOwnLanguageSpelling(source: NameWord, english: string): boolean {
  if (source.certain || isLatinWord(source.text)) return false;
  const written = english.replace(/['’]s$/, "");
  // Two bearers at least: a spelling seen once may be noise in the data.
  const folded = foldLatin(written).toLowerCase();
  if (!nameLexicon().spellingsOf(source.text).some((s) => s.latin === folded && s.count >= 2)) return false;
  // Letter for letter: matchKey would fold the very letters (w, v) that tell the two apart.
  const letters = (word: string) => foldLatin(word).toLowerCase();
  return !latinVariants(source.text).some((spelling) => letters(spelling) === letters(written));
}

/** A spelling of a nominative the name model finds likely: how foreign names are written in their own languages. */
function modelMatch(source: NameWord, english: string): WordMatch | null {
  if (isLatinWord(source.text)) return null;
  const model = nameModel();
  const nominative = source.nominatives.find((n) => model.accepts(n, english));
  return nominative ? { verdict: "ok", kind: "model", score: MODEL_SCORE, nominative, stripped: null } : null;
}

/**
 * A declined form written out with its ending (Johnsona for Джонсона, Macronom for Макроном): the model reads the
 * English word as the word as declined, not as the nominative, and reads it without its last letters as the
 * nominative. Works for names of any origin, where the schemes' spellings of the nominative don't.
 */
function modelLeak(source: NameWord, english: string): WordMatch | null {
  // A place's adjective has its own leak, with the adjective's nominative (adjectival-leaks.ts).
  if (isLatinWord(source.text) || source.adjectival) return null;
  const model = nameModel();
  const written = english.replace(/['’]s$/, "");
  const folded = foldLatin(written);
  const asDeclined = model.score(source.text, folded);
  if (asDeclined < model.data.acceptance) return null;
  for (const nominative of source.nominatives) {
    // Read as the nominative almost as well (Muhammad for Мухаммеда), the ending is not what makes the word.
    if (nominative === source.text.toLowerCase() || model.score(nominative, folded) > asDeclined - LEAK_MARGIN) continue;
    for (let cut = 1; cut <= 3 && folded.length - cut >= 3; cut++) {
      if (model.accepts(nominative, folded.slice(0, -cut))) {
        return { verdict: "case-leak", kind: "leak", score: 0.9, nominative, stripped: written.slice(0, -cut) };
      }
    }
  }
  return null;
}

/** How much better, per letter, the declined form must explain the English word than the nominative does. */
const LEAK_MARGIN = 1;

const isLatinWord = (word: string) => /^[A-Za-z]/.test(word);

/** A spelling of a nominative with a Russian case ending left on (Kotsu, Jae-myungom for Мёном); `nominativeOf` reads the spelling. */
function leakedEnding(key: string, english: string, nominativeOf: (key: string) => string | undefined): WordMatch | null {
  for (const ending of LEAKED_ENDINGS) {
    if (!key.endsWith(ending) || key.length - ending.length < 3) continue;
    const baseKey = key.slice(0, -ending.length);
    const nominative = nominativeOf(baseKey);
    if (nominative) return { verdict: "case-leak", kind: "leak", score: 0.95, nominative, stripped: cutTo(english, baseKey) };
  }
  return null;
}

/** The English word with its last letters cut so that it folds to `baseKey` ("Kotsu" → "Kots"), if possible. */
function cutTo(english: string, baseKey: string): string | null {
  const word = english.replace(/['’]s$/, "");
  for (let cut = 1; cut <= 3 && cut < word.length; cut++) {
    if (matchKey(word.slice(0, -cut)) === baseKey) return word.slice(0, -cut);
  }
  return null;
}

/**
 * The nearest spelling within a few edits (Alexander for Aleksandr, Francis for Frantsisk), a place adjective's
 * stem ("Atyrau" for Атырауская область, "Russian" for Россия, "Swedish" for Швеция), or the same consonants
 * (Price for Прайс).
 */
function closest(english: string, key: string, nominativeKeys: Map<string, string>, adjectival: boolean): WordMatch | null {
  let best: WordMatch | null = null;
  const consider = (kind: MatchKind, score: number, nominative: string) => {
    if (!best || score > best.score) best = { verdict: "ok", kind, score, nominative, stripped: null };
  };
  for (const [candidate, nominative] of nominativeKeys) {
    // A compound's tail may start elsewhere (Duma for Госдума); everything else begins alike.
    if (candidate[0] !== key[0] && !(key.length >= 4 && candidate.endsWith(key))) continue;
    const close = similarity(key, candidate);
    const prefixed = key.startsWith(candidate) || candidate.startsWith(key);
    if (close >= MIN_FUZZY && !prefixed) consider("close", close * CLOSE_WEIGHT, nominative);
    else if (sharesStem(key, candidate, adjectival) || sharesDemonymStem(key, candidate)) consider("stem", 0.8, nominative);
    else if (sameConsonants(english, candidate)) consider("consonants", 0.76, nominative);
    else if (key.length >= 4 && candidate.endsWith(key)) consider("stem", 0.7, nominative);
  }
  return best;
}

/** English keeps the stem of a place and its adjective: Russia/Russian, Atyrau/Atyrauskaya, Kyzylorda/Kyzylordinskaya. */
function sharesStem(key: string, candidate: string, adjectival: boolean): boolean {
  const [shorter, longer] = key.length <= candidate.length ? [key, candidate] : [candidate, key];
  const stem = longer.startsWith(shorter) ? shorter : shorter.replace(/[aeiou]$/, "");
  if (stem.length === 3 && longer.startsWith(`${stem}sk`)) return true;
  if (stem.length < 4 || !longer.startsWith(stem)) return false;
  const rest = longer.slice(stem.length);
  return /^(sk|tsk|insk)/.test(rest) || rest.length <= 2 || (adjectival && rest.length <= 6);
}

function sameConsonants(english: string, candidate: string): boolean {
  const skeleton = consonantSkeleton(english);
  return skeleton.length >= 3 && skeleton === consonantSkeleton(candidate);
}


/**
 * Whether an English word no spelling rule matched may still render the source word: both begin alike (Valais for
 * Вале, Khashoggi for Хашкаджи), in letters or consonants, or the name model finds the spelling possible though not
 * likely (Pyeongchang for Пхенчхан, Athos for Афон: a foreign romanisation or a Greek θ). Pairs leftovers so that
 * neither is reported as missing or unexpected.
 */
export function beginsAlike(source: NameWord, english: string): boolean {
  const key = matchKey(english);
  const skeleton = consonantSkeleton(english);
  if (key.length < 2) return false;
  const alike = [...englishForms(source).nominativeKeys.keys()].some(
    (candidate) => candidate.slice(0, 2) === key.slice(0, 2) || (skeleton.length >= 2 && consonantSkeleton(candidate).slice(0, 2) === skeleton.slice(0, 2)),
  );
  return alike || isPossibleSpelling(source, english);
}

/**
 * Per letter, looser than the model's acceptance: on Wikidata's training pairs it keeps 97% of true spellings and
 * takes 0.3% of other names (2% of those of about the same length with the same first letter). Only for a leftover
 * pair, where nothing else explains either word.
 */
const LEFTOVER_SCORE = -3;

function isPossibleSpelling(source: NameWord, english: string): boolean {
  const folded = foldLatin(english.replace(/['’]s$/, "")).toLowerCase();
  // Short words score well against anything ("The" for Ан-24): too little to go on.
  if (isLatinWord(source.text) || /\d/.test(source.text) || folded.length < 4) return false;
  const ratio = folded.length / Math.max(1, source.text.length);
  return ratio >= 0.34 && ratio <= 3 && source.nominatives.some((nominative) => nameModel().score(nominative, folded) >= LEFTOVER_SCORE);
}

/** Whether a guessed rendering at least keeps the consonants of one of the name's spellings (Zirkon / Циркон). */
export function keepsConsonants(source: NameWord, english: string): boolean {
  return [...englishForms(source).nominativeKeys.keys()].some((candidate) => sameConsonants(english, candidate));
}

/** A match for a leftover pair (see `beginsAlike`). */
export function guessedMatch(source: NameWord): WordMatch {
  return { verdict: "ok", kind: "guess", score: 0.5, nominative: source.nominatives[0], stripped: null };
}
