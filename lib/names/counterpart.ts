import { russianCountryNames } from "@/lib/lexicon";
import { adjectiveBaseOf, isCapitalised, parseWord, wordsOf } from "@/lib/morph";
import { consonantSkeleton, latinVariants, matchKey, nameModel, sharesConsonantRun, similarity } from "@/lib/translit";
import { attestedSpellings } from "./english-forms";

const isCyrillic = (word: string) => /\p{Script=Cyrillic}/u.test(word);

const spellingCache = new Map<string, string[]>();
const formCache = new Map<string, string[]>();

/** A Russian word as written and its dictionary forms (Шольцем → шольц), for the name model. */
function formsOf(russian: string): string[] {
  let forms = formCache.get(russian);
  if (!forms) {
    forms = [...new Set([russian.toLowerCase(), ...parseWord(russian).slice(0, 3).map((p) => p.lemma)])];
    formCache.set(russian, forms);
  }
  return forms;
}

/** Latin spellings of a Russian word as written and of its dictionary forms, plus attested English names. */
function spellingsOf(russian: string): string[] {
  let spellings = spellingCache.get(russian);
  if (!spellings) {
    // Lower-cased too: the exonyms are keyed so, and az has no lemma for some words («Ъ», Kommersant's own sign).
    // An adjective names what it is made from: Валаамово, Валаамское → Валаам.
    const base = adjectiveBaseOf(russian);
    const lemmas = new Set([russian.toLowerCase(), ...parseWord(russian).slice(0, 3).map((p) => p.lemma), ...(base ? [base] : [])]);
    const forms = [russian, ...lemmas, ...(russian.includes("-") ? russian.split("-") : [])];
    spellings = [...new Set(forms.flatMap((form) => [...latinVariants(form), ...attestedSpellings(form)]).map(matchKey))];
    spellingCache.set(russian, spellings);
  }
  return spellings;
}

/** As match keys spell them (x is "ks"). */
const SILENT_FRENCH_ENDINGS = new Set(["s", "ks", "t", "d", "z", "ts"]);

/** Whether an English word could be the rendering of a Latin-script key: same or close spelling, stem or consonants. */
function resembles(english: string, key: string): boolean {
  const englishKey = matchKey(english);
  if (englishKey.length < 2 || key.length < 2) return englishKey === key;
  if (englishKey === key || similarity(englishKey, key) >= 0.7) return true;
  // A French word's silent last consonant, which Russian, writing what it hears, drops: Prix / при (Гран-при), Daudet / Доде.
  if (key.length >= 3 && englishKey.startsWith(key) && SILENT_FRENCH_ENDINGS.has(englishKey.slice(key.length))) return true;
  const [shorter, longer] = englishKey.length <= key.length ? [englishKey, key] : [key, englishKey];
  const stem = shorter.replace(/[aeiou]$/, "");
  if (stem.length >= 4 && longer.startsWith(stem) && longer.length - stem.length <= 5) return true;
  // A place's adjective: Ruza / Рузский, Russia / русский, Serbia / сербский.
  const bare = shorter.replace(/[aeiou]+$/, "");
  if (bare.length >= 3 && longer.startsWith(matchKey(`${bare}sk`))) return true;
  // Vologda / Вологодской (a stem shared by two thirds), Duma / Госдумы (part of a compound).
  if (commonPrefix(englishKey, key) >= Math.max(4, (2 / 3) * shorter.length)) return true;
  if (englishKey.length >= 4 && key.includes(englishKey)) return true;
  const skeleton = consonantSkeleton(english);
  if (skeleton.length >= 3 && skeleton === consonantSkeleton(key)) return true;
  return sharesConsonantRun(english, key);
}

/**
 * Whether a source text has a counterpart for a capitalised English word: the word itself in Latin letters, a Russian
 * word it transliterates (in any case form, by a scheme or as the name model reads names of every origin), or for a
 * country the Russian name of that country.
 */
export function hasSourceCounterpart(english: string, sourceText: string): boolean {
  const sourceWords = distinctSourceWords(sourceText);
  // A country may be named by its adjective: Finland for Финский залив, Russia for российский.
  const countries = russianCountryNames(english);
  const countryStems = countries.map((russian) => russian.slice(0, 3));
  const namesCountry = (word: string) =>
    countries.includes(word.toLowerCase()) || (word.length >= 5 && countryStems.some((stem) => word.toLowerCase().startsWith(stem)));
  if (sourceWords.some(namesCountry)) return true;
  return sourceWords.some((word) =>
    isCyrillic(word)
      ? spellingsOf(word).some((key) => resembles(english, key)) || (isCapitalised(word) && formsOf(word).some((form) => nameModel().accepts(form, english)))
      : resembles(english, matchKey(word)),
  );
}

let lastSource: { text: string; words: string[] } | null = null;

/**
 * A source text's words, each once, capitalised first: the likelier counterparts, so the spellings of the rest are
 * seldom made. Kept for the last text: callers ask about every English word of a group against the same source, and
 * reading it anew each time made a group of thousands of names quadratic.
 */
function distinctSourceWords(sourceText: string): string[] {
  if (lastSource?.text !== sourceText) {
    // A hyphenated pair names two things (СССР-США): each part is a word of its own.
    const words = wordsOf(sourceText).flatMap((w) => (w.text.includes("-") ? w.text.split("-").filter(Boolean) : [w.text]));
    lastSource = { text: sourceText, words: [...new Set([...words.filter(isCapitalised), ...words.filter((w) => !isCapitalised(w))])] };
  }
  return lastSource.words;
}

/**
 * Whether two adjacent English words render one source word together: a place's adjective fuses the words of a
 * two-word name (нижегородский: Nizhny Novgorod), so the first word shares only its opening letters with it and the
 * second a run of four letters with the rest.
 */
export function isFusedPair(first: string, second: string, sourceText: string): boolean {
  const opening = matchKey(first).slice(0, 3);
  const runs = fourLetterRuns(matchKey(second));
  if (opening.length < 3 || runs.length === 0) return false;
  return (spellingsByOpening(sourceText).get(opening) ?? []).some((key) => runs.some((run) => key.includes(run, 3)));
}

let lastOpenings: { text: string; byOpening: Map<string, string[]> } | null = null;

/**
 * The spellings of a source text's Cyrillic words by their first three letters, made once for the last text: callers
 * ask about every English word of a group, and reading the whole source per word made a group of thousands quadratic.
 */
function spellingsByOpening(sourceText: string): Map<string, string[]> {
  if (lastOpenings?.text !== sourceText) {
    const byOpening = new Map<string, string[]>();
    for (const word of new Set(wordsOf(sourceText).map((w) => w.text))) {
      if (!isCyrillic(word)) continue;
      for (const key of spellingsOf(word)) (byOpening.get(key.slice(0, 3)) ?? byOpening.set(key.slice(0, 3), []).get(key.slice(0, 3))!).push(key);
    }
    lastOpenings = { text: sourceText, byOpening };
  }
  return lastOpenings.byOpening;
}

const fourLetterRuns = (key: string) => Array.from({ length: Math.max(0, key.length - 3) }, (_, i) => key.slice(i, i + 4));

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}
