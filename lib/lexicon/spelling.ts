import { readFileSync } from "node:fs";
import path from "node:path";
import nspell from "nspell";
import { packageDirectory } from "./package-files";
import { matchCase } from "./tokens";

/**
 * English spelling with Hunspell dictionaries (nspell). en-US and en-GB run as two instances and a word
 * is known if either accepts it: loading the GB word list into the US affix rules accepts everything.
 * Loaded once per process, on first use.
 */
const DICTIONARY_PACKAGES = ["dictionary-en", "dictionary-en-gb"];

type Speller = ReturnType<typeof nspell>;

let spellers: Speller[] | null = null;
const knownCache = new Map<string, boolean>();
const nearMissCache = new Map<string, string[]>();

function loadSpellers(): Speller[] {
  spellers ??= DICTIONARY_PACKAGES.map((name) => {
    const directory = packageDirectory(name);
    return nspell({
      aff: readFileSync(path.join(directory, "index.aff")),
      dic: readFileSync(path.join(directory, "index.dic")),
    });
  });
  return spellers;
}

/** Loads the dictionaries now (they load lazily otherwise); returns the milliseconds it took. */
export function preloadDictionaries(): number {
  const started = performance.now();
  loadSpellers();
  return performance.now() - started;
}

/** Whether an English dictionary knows the word as written, or lower-cased when it is capitalised. */
export function isDictionaryWord(word: string): boolean {
  const normalized = word.replace(/’/g, "'");
  let known = knownCache.get(normalized);
  if (known === undefined) {
    // Asked for every candidate of nearMisses: no set or array per word, and the lower case only when it differs.
    const lower = normalized.toLowerCase();
    known = loadSpellers().some((speller) => speller.correct(normalized) || (lower !== normalized && speller.correct(lower)));
    knownCache.set(normalized, known);
  }
  return known;
}

/** Whether an English dictionary knows the word only capitalised, as a name or a word made from one (Texas, Marxist, Finn). */
export function isCapitalisedOnlyWord(word: string): boolean {
  const lower = word.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  return lower !== capitalised && loadSpellers().some((s) => s.correct(capitalised)) && !loadSpellers().some((s) => s.correct(lower));
}

/**
 * Productive English prefixes and suffixes: a known word with one of them is a word, even if the dictionary lacks it.
 * Not -ist: the dictionary has the English agent nouns in -ist, and others are mostly calques of Russian -ист
 * ("hockeyists"; see lib/checks/text/calques.ts).
 */
const PREFIXES = [
  "un", "re", "non", "pre", "post", "anti", "co", "ex", "self", "semi", "multi", "inter", "mid", "sub", "super",
  "over", "under", "counter", "mini", "micro", "pro", "de", "dis", "mis", "out", "cross", "hyper", "cyber", "neo",
  "pseudo", "quasi", "ultra", "bi", "tri",
];
const SUFFIXES = [
  "s", "es", "ed", "d", "ing", "er", "ers", "ly", "ment", "ments", "ness", "less", "ish", "ism", "ize", "ise", "ized", "ised",
];
const MIN_STEM = 5;
// A prefix spells out what it adds, so a shorter word after it is still a word (subnets, rebook, unpaid).
const MIN_PREFIXED_STEM = 4;

/**
 * "unexploded", "procurements", "schooler", "pre" of "pre-school": derived from a dictionary word, or a prefix alone.
 * A prefix on a word is a derivation unless it is also one slip from a dictionary word made otherwise: "retans" reads
 * as re + tans, but is a slip in retains; "unexploded" lies a slip from unexplored, another derivation of un-, and
 * "Disinformed" from misinformed, another of informed, so they stay derivations.
 */
export function isDerivedWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (PREFIXES.includes(lower) || SUFFIXES.some((suffix) => isSuffixed(word, suffix))) return true;
  const analyses = prefixAnalyses(lower);
  if (analyses.length === 0) return false;
  const alsoDerived = (slip: string) =>
    prefixAnalyses(slip.toLowerCase()).some(([prefix, stem]) => analyses.some(([ownPrefix, ownStem]) => prefix === ownPrefix || stem === ownStem));
  return nearMisses(word).every(alsoDerived);
}

/** The ways a word reads as a prefix on a dictionary word: "unpaid" → [["un", "paid"]]. */
function prefixAnalyses(lower: string): Array<[string, string]> {
  return PREFIXES.filter((p) => lower.startsWith(p) && lower.length - p.length >= MIN_PREFIXED_STEM && isDictionaryWord(lower.slice(p.length))).map(
    (p) => [p, lower.slice(p.length)],
  );
}

/**
 * English drops a stem's final e before a vowel suffix: "rouser" is rouse + er, and "strikeer" is no derivation
 * of strike. The plural and past endings follow the stem's last letters: -d only after e ("convictd" is no
 * derivation of convict), -s never after a hissing sound ("classs"), -es only after one or an o ("protestes"), and a
 * y after a consonant turns i before them ("insanitys"). The stem keeps the word's capital: "Islamists" is the
 * plural of the dictionary's "Islamist", which has no lower-case form.
 */
function isSuffixed(written: string, suffix: string): boolean {
  const word = written.toLowerCase();
  if (!word.endsWith(suffix)) return false;
  const stem = word.slice(0, -suffix.length);
  const writtenStem = written.slice(0, -suffix.length);
  if (suffix === "d" && !stem.endsWith("e")) return false;
  if (suffix === "s" && /(?:s|x|z|ch|sh)$/.test(stem)) return false;
  if (suffix === "es" && !/(?:s|x|z|ch|sh|o)$/.test(stem)) return false;
  if (/^(?:s|es|ed|d|er|ers)$/.test(suffix) && /[^aeiou]y$/.test(stem)) return false;
  // A plural or third-person ending does not follow a past one: "frieds" is no form of fried (fry), "wanteds" of wanted.
  if ((suffix === "s" || suffix === "es") && isRegularPast(stem)) return false;
  if (/^[aeiou]/.test(suffix)) {
    if (stem.endsWith("e")) return false;
    if (stem.length + 1 >= MIN_STEM && isDictionaryWord(`${writtenStem}e`)) return true;
  }
  return stem.length >= MIN_STEM && isDictionaryWord(writtenStem);
}

/** A lower-case word that reads as a dictionary verb with -ed or -d: "wanted", "raced", "fried" (fry). */
function isRegularPast(word: string): boolean {
  if (!word.endsWith("ed")) return false;
  const base = word.slice(0, -2);
  if (base.length >= 3 && isDictionaryWord(base)) return true;
  if (base.length >= 2 && isDictionaryWord(`${base}e`)) return true;
  return base.endsWith("i") && isDictionaryWord(`${base.slice(0, -1)}y`);
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/**
 * The longest word the slip searches try. Their candidates grow with the square (one slip) and cube (two) of the
 * length, so a hostile letter run of a few thousand took minutes and gigabytes; the dictionaries' longest stems have
 * 23 letters, so no word beyond this is a slip or two from one.
 */
const MAX_SLIP_WORD_LENGTH = 40;

/**
 * Dictionary words one typing slip away (Damerau: a swap of neighbours, a letter dropped, added or
 * replaced), in that order of likelihood. Typos and dropped letters almost always sit one edit from
 * the intended word; unknown names and terms rarely do.
 */
export function nearMisses(word: string): string[] {
  if (word.length > MAX_SLIP_WORD_LENGTH) return [];
  let found = nearMissCache.get(word);
  if (!found) {
    const candidates = new Set(singleEdits(word.toLowerCase()));
    found = [...candidates]
      .filter((candidate) => candidate.length > 1 && keepsFirstLetter(word.toLowerCase(), candidate))
      .map((candidate) => matchCase(candidate, word))
      .filter(isDictionaryWord);
    nearMissCache.set(word, found);
  }
  return found;
}

/**
 * Typists rarely hit a wrong first letter, and short words and names differ from dictionary words
 * right there ("roly" / "holy"): a wrong first letter counts only in long words. A dropped first
 * letter ("eputy") or swapped first two stay likely slips.
 */
function keepsFirstLetter(word: string, candidate: string): boolean {
  if (candidate[0] === word[0] || candidate.slice(1) === word) return true;
  return (candidate[0] === word[1] && candidate[1] === word[0]) || word.length >= 7;
}

function* singleEdits(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i <= word.length; i++) for (const letter of ALPHABET) yield word.slice(0, i) + letter + word.slice(i);
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i < word.length; i++) {
    for (const letter of ALPHABET) if (letter !== word[i]) yield word.slice(0, i) + letter + word.slice(i + 1);
  }
}

/** Below this length a word two slips from a dictionary word is as likely another word or a name. */
const MIN_TWO_SLIP_LENGTH = 8;

/**
 * Dictionary words two slips away from a long lower-case word, of the two kinds typists make together: two vowels
 * swapped across a letter or two ("relitavely" / relatively) and doubled letters put in the wrong place ("acustommed" /
 * accustomed). A narrow search, so it stays cheap and rarely finds a word the writer did not mean.
 */
export function twoSlipMisses(word: string): string[] {
  if (word.length < MIN_TWO_SLIP_LENGTH || word.length > MAX_SLIP_WORD_LENGTH || !/^\p{Ll}+$/u.test(word)) return [];
  const candidates = new Set([...vowelSwaps(word), ...[...doublingChanges(word)].flatMap((once) => [...doublingChanges(once)])]);
  return [...candidates].filter((candidate) => candidate !== word && isDictionaryWord(candidate));
}

function* vowelSwaps(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) {
    for (let j = i + 2; j <= i + 3 && j < word.length; j++) {
      if (/[aeiou]/.test(word[i]) && /[aeiou]/.test(word[j]) && word[i] !== word[j]) {
        yield word.slice(0, i) + word[j] + word.slice(i + 1, j) + word[i] + word.slice(j + 1);
      }
    }
  }
}

/** The word with one letter doubled, or one doubled letter made single. */
function* doublingChanges(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) {
    yield word[i] === word[i + 1] ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i + 1) + word[i] + word.slice(i + 1);
  }
}

