import { isDictionaryWord } from "./spelling";
import { wordBigrams } from "./word-bigrams";

/**
 * Words a writer meant when a dropped letter left another real word ("fin" for fine, "ill" for will or kill): each
 * word the bigram corpus has seen a few times, filed under every spelling it takes with one letter fewer. Built once.
 */
const MIN_INTENDED_COUNT = 3;

let byShortened: Map<string, string[]> | null = null;

/**
 * The dictionary words one letter longer than `word` that the corpus has seen a few times, but not its own plural
 * ("guest" / guests): which number a sentence needs is grammar the neighbours hardly show (at the check's margin, a
 * plural fit better beside a singular written as meant, "a walnut tree"). Its past in -d stays ("by 5% compare to").
 */
export function wordsOneLetterLonger(word: string): string[] {
  const index = shortenedIndex();
  let longer = index.get(word);
  if (!longer) return [];
  if (!checked.has(word)) {
    longer = longer.filter((candidate) => candidate !== `${word}s` && isDictionaryWord(candidate));
    index.set(word, longer);
    checked.add(word);
  }
  return longer;
}

/** Shortened spellings whose list `wordsOneLetterLonger` has filtered already. */
const checked = new Set<string>();

function shortenedIndex(): Map<string, string[]> {
  if (byShortened) return byShortened;
  const index = new Map<string, string[]>();
  for (const word of wordBigrams().wordsSeen(MIN_INTENDED_COUNT)) {
    if (!/^[a-z]{2,}$/.test(word)) continue;
    const seen = new Set<string>();
    for (let i = 0; i < word.length; i++) {
      const shortened = word.slice(0, i) + word.slice(i + 1);
      if (seen.has(shortened)) continue;
      seen.add(shortened);
      const longer = index.get(shortened);
      if (longer) longer.push(word);
      else index.set(shortened, [word]);
    }
  }
  byShortened = index;
  return index;
}

export interface DroppedLetter {
  /** The word the writer most likely meant. */
  intended: string;
  /**
   * How much better it fits its neighbours than the word written: the word-bigram log-likelihood ratio (which favours
   * the commoner word, as a reader's guess does) plus the part-of-speech one (which does not).
   */
  margin: number;
}

/**
 * A real word that reads as another with a letter dropped, judged by its neighbours (bigram-model tokens, see
 * `bigramToken`): the dictionary word one letter longer that fits best between them, and by how much it fits better
 * than the word as written. Null when no longer word is known.
 */
export function droppedLetterIn(before: string, word: string, after: string): DroppedLetter | null {
  // A word no longer word shortens to (one look-up) can be no slip.
  if (!shortenedIndex().has(word)) return null;
  // Edited English has the word after the one before it and before the one after it: it is written as meant. Asked
  // before the candidates are checked against the dictionary, as it settles most of the rest at the cost of two look-ups.
  if (wordBigrams().hasPair(before, word) && wordBigrams().hasPair(word, after)) return null;
  const candidates = wordsOneLetterLonger(word);
  if (candidates.length === 0) return null;
  const [written, ...fits] = wordBigrams().slotFits(before, [word, ...candidates], after);
  let best: DroppedLetter | null = null;
  candidates.forEach((candidate, i) => {
    const margin = fits[i] - written;
    if (!best || margin > best.margin) best = { intended: candidate, margin };
  });
  return best;
}
