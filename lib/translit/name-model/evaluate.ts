import { foldLatin } from "./fold";
import type { NameModel } from "./name-model";
import type { NamePair } from "./train";

/** A small seeded generator (mulberry32), so that sampled negatives are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * For each pair, a different Latin name of the same data with the same first letter and a length within two: the
 * hardest kind of wrong name to tell apart by its look.
 */
export function negativePairs(pairs: readonly NamePair[], random: () => number): NamePair[] {
  const byFirst = new Map<string, string[]>();
  for (const { latin } of pairs) {
    const folded = foldLatin(latin);
    if (!folded) continue;
    const names = byFirst.get(folded[0]);
    if (names) names.push(folded);
    else byFirst.set(folded[0], [folded]);
  }
  return pairs.flatMap((pair) => {
    const own = foldLatin(pair.latin);
    const others = (byFirst.get(own[0]) ?? []).filter((other) => other !== own && Math.abs(other.length - own.length) <= 2);
    return others.length ? [{ ...pair, latin: others[Math.floor(random() * others.length)] }] : [];
  });
}

/** Every n-th pair, for a sample spread over the whole file (the files are in no particular order). */
export const spreadSample = <T>(items: readonly T[], size: number): T[] =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / size)) === 0).slice(0, size);

export interface AcceptanceFigures {
  pairs: number;
  /** Share of true spellings the model accepts. */
  accepted: number;
  /** The same, each pair weighted by how many people bear the name. */
  acceptedByCount: number;
  /** Share of wrong names (see negativePairs) it accepts. */
  falselyAccepted: number;
}

export interface GuessFigures {
  pairs: number;
  /** Share of pairs whose true spelling is the model's first guess from the Russian alone. */
  top1: number;
  /** Share among its first five. */
  top5: number;
}

/** How the model scores held-out pairs: acceptance of true spellings and of wrong ones. */
export function measureAcceptance(model: NameModel, pairs: readonly NamePair[], seed = 16): AcceptanceFigures {
  const negatives = negativePairs(pairs, seededRandom(seed));
  const accepted = pairs.filter((p) => model.accepts(p.russian, p.latin));
  const weight = (list: readonly NamePair[]) => list.reduce((sum, p) => sum + p.count, 0);
  return {
    pairs: pairs.length,
    accepted: accepted.length / pairs.length,
    acceptedByCount: weight(accepted) / weight(pairs),
    falselyAccepted: negatives.filter((p) => model.accepts(p.russian, p.latin)).length / negatives.length,
  };
}

/**
 * How the model guesses held-out pairs from the Russian alone. Apart from acceptance: generating takes milliseconds a
 * word, so it is measured on a sample.
 */
export function measureGuessing(model: NameModel, pairs: readonly NamePair[]): GuessFigures {
  return { pairs: pairs.length, ...guessRates(pairs, (russian) => model.spellings(russian, 5)) };
}

/** How often the true spelling is the first of five guesses (folded Latin words, best first), and among them. */
export function guessRates(pairs: readonly NamePair[], guess: (russian: string) => string[]): { top1: number; top5: number } {
  let top1 = 0;
  let top5 = 0;
  for (const pair of pairs) {
    const guesses = guess(pair.russian).slice(0, 5);
    const own = foldLatin(pair.latin);
    if (guesses[0] === own) top1++;
    if (guesses.includes(own)) top5++;
  }
  return { top1: top1 / pairs.length, top5: top5 / pairs.length };
}
