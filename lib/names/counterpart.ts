import { parseWord, wordsOf } from "@/lib/morph";
import { consonantSkeleton, latinVariants, matchKey, similarity } from "@/lib/translit";
import { attestedSpellings } from "./english-forms";
import { russianCountryNames } from "./gazetteer";

const isCyrillic = (word: string) => /\p{Script=Cyrillic}/u.test(word);

const spellingCache = new Map<string, string[]>();

/** Latin spellings of a Russian word as written and of its dictionary forms, plus attested English names. */
function spellingsOf(russian: string): string[] {
  let spellings = spellingCache.get(russian);
  if (!spellings) {
    const lemmas = new Set(parseWord(russian).slice(0, 3).map((p) => p.lemma));
    const forms = [russian, ...lemmas];
    spellings = [...new Set(forms.flatMap((form) => [...latinVariants(form), ...attestedSpellings(form)]).map(matchKey))];
    spellingCache.set(russian, spellings);
  }
  return spellings;
}

/** Whether an English word could be the rendering of a Latin-script key: same or close spelling, stem or consonants. */
function resembles(english: string, key: string): boolean {
  const englishKey = matchKey(english);
  if (englishKey.length < 2 || key.length < 2) return englishKey === key;
  if (englishKey === key || similarity(englishKey, key) >= 0.7) return true;
  const [shorter, longer] = englishKey.length <= key.length ? [englishKey, key] : [key, englishKey];
  const stem = shorter.replace(/[aeiou]$/, "");
  if (stem.length >= 4 && longer.startsWith(stem) && longer.length - stem.length <= 5) return true;
  const skeleton = consonantSkeleton(english);
  return skeleton.length >= 3 && skeleton === consonantSkeleton(key);
}

/**
 * Whether a source text has a counterpart for a capitalised English word: the word itself in Latin letters, a Russian
 * word it transliterates (in any case form), or for a country the Russian name of that country.
 */
export function hasSourceCounterpart(english: string, sourceText: string): boolean {
  const countries = russianCountryNames(english);
  const lowerSource = sourceText.toLowerCase().replace(/ё/g, "е");
  if (countries.some((russian) => lowerSource.includes(russian.slice(0, Math.max(4, russian.length - 2))))) return true;
  return wordsOf(sourceText).some((word) =>
    isCyrillic(word.text)
      ? spellingsOf(word.text).some((key) => resembles(english, key))
      : resembles(english, matchKey(word.text)),
  );
}
