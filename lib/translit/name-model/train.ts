import { contextOf, foldCyrillic, foldLatin } from "./fold";
import { GraphoneModel, MAX_LATIN, MAX_RUSSIAN, type GraphoneTable } from "./graphone-model";

/** One attested pair: a Russian name token, a Latin spelling of it, and how many people bear it. */
export interface NamePair {
  russian: string;
  latin: string;
  count: number;
}

export interface TrainingOptions {
  /** EM iterations of each stage: single letters, letter groups, letter groups in context. */
  iterations: [number, number, number];
  /** How strongly a context's estimate is pulled towards the context-free one (pseudo-count). */
  contextPrior: number;
  /** Graphones whose probability falls below this are dropped between iterations. */
  minProbability: number;
  /** Progress messages (the training script prints them). */
  log?: (message: string) => void;
}

export const DEFAULT_TRAINING: TrainingOptions = { iterations: [4, 6, 3], contextPrior: 200, minProbability: 1e-6 };

interface Folded {
  russian: string;
  latin: string;
  weight: number;
}

/** Frequent names weigh more, but not in proportion: a common name is one spelling habit, not thousands. */
export const weightOf = (count: number) => 1 + Math.log(Math.max(1, count));

/**
 * Trains the graphone model by expectation maximisation (as m2m-aligner and Sequitur do): start from single
 * letters, then let letter groups (дж → j, кс → x, щ → shch) in, then condition on the Russian context. Every step
 * is deterministic: the same pairs give the same model.
 */
export function trainGraphoneModel(pairs: readonly NamePair[], options: TrainingOptions = DEFAULT_TRAINING): GraphoneModel {
  const data = fold(pairs);
  const log = options.log ?? (() => {});
  // Stage 1: one Russian letter to up to three Latin ones, from a uniform start.
  let model = new GraphoneModel(uniformLetters(data));
  for (let i = 0; i < options.iterations[0]; i++) model = iterate(data, model, { maxRussian: 1, maxLatin: 3, contextFree: true, options, log, label: `letters ${i + 1}` });
  // Stage 2: letter groups, seeded with what their letters would give.
  model = new GraphoneModel(withGroups(data, model));
  for (let i = 0; i < options.iterations[1]; i++) model = iterate(data, model, { maxRussian: MAX_RUSSIAN, maxLatin: MAX_LATIN, contextFree: true, options, log, label: `groups ${i + 1}` });
  // Stage 3: the same graphones, conditioned on the Russian context around them.
  model = new GraphoneModel(inContexts(model));
  for (let i = 0; i < options.iterations[2]; i++) model = iterate(data, model, { maxRussian: MAX_RUSSIAN, maxLatin: MAX_LATIN, contextFree: false, options, log, label: `contexts ${i + 1}` });
  return model;
}

function fold(pairs: readonly NamePair[]): Folded[] {
  const merged = new Map<string, Folded>();
  for (const pair of pairs) {
    const russian = foldCyrillic(pair.russian);
    const latin = foldLatin(pair.latin);
    if (!russian || !latin) continue;
    const key = `${russian}|${latin}`;
    const known = merged.get(key);
    if (known) known.weight += weightOf(pair.count);
    else merged.set(key, { russian, latin, weight: weightOf(pair.count) });
  }
  return [...merged.values()];
}

/** The context-free key a graphone is stored under in stages 1 and 2. */
const ANY = "*";

function uniformLetters(data: Folded[]): GraphoneTable {
  const table: GraphoneTable = new Map();
  for (const { russian, latin } of data) {
    for (const letter of russian) {
      const options = table.get(`${ANY}|${letter}`) ?? new Map<string, number>();
      for (let j = 0; j <= latin.length; j++) for (let b = 0; b <= 3 && j + b <= latin.length; b++) options.set(latin.slice(j, j + b), 1);
      table.set(`${ANY}|${letter}`, options);
    }
  }
  return table;
}

/** Letter groups start at a tenth of the best way their letters alone would write the same Latin letters. */
function withGroups(data: Folded[], letters: GraphoneModel): GraphoneTable {
  const table: GraphoneTable = new Map([...letters.table].map(([key, options]) => [key, new Map(options)]));
  const letterProbability = (letter: string, latin: string) => letters.table.get(`${ANY}|${letter}`)?.get(latin) ?? 0;
  for (const { russian, latin } of data) {
    for (let i = 0; i + 2 <= russian.length; i++) {
      const group = russian.slice(i, i + 2);
      const options = table.get(`${ANY}|${group}`) ?? new Map<string, number>();
      for (let j = 0; j <= latin.length; j++) {
        for (let b = 0; b <= MAX_LATIN && j + b <= latin.length; b++) {
          const written = latin.slice(j, j + b);
          if (options.has(written)) continue;
          let best = 0;
          for (let cut = 0; cut <= b; cut++) best = Math.max(best, letterProbability(group[0], written.slice(0, cut)) * letterProbability(group[1], written.slice(cut)));
          if (best > 0) options.set(written, best / 10);
        }
      }
      if (options.size > 0) table.set(`${ANY}|${group}`, options);
    }
  }
  return table;
}

const CONTEXTS = ["^", "v", "s", "c"].flatMap((before) => [before, `${before}$`]);

/** Copies every context-free graphone into each context, as the start of stage 3. */
function inContexts(model: GraphoneModel): GraphoneTable {
  const table: GraphoneTable = new Map();
  for (const [key, options] of model.table) {
    const group = key.slice(ANY.length + 1);
    for (const context of CONTEXTS) table.set(`${context}|${group}`, new Map(options));
  }
  return table;
}

interface IterationSettings {
  maxRussian: number;
  maxLatin: number;
  contextFree: boolean;
  options: TrainingOptions;
  log: (message: string) => void;
  label: string;
}

/** One EM step: expected graphone counts over all alignments of every pair, then re-estimated probabilities. */
function iterate(data: Folded[], model: GraphoneModel, settings: IterationSettings): GraphoneModel {
  const counts = new Map<string, Map<string, number>>();
  let logLikelihood = 0;
  let aligned = 0;
  for (const pair of data) {
    const z = accumulate(pair, model, settings, counts);
    if (z > 0) {
      logLikelihood += pair.weight * Math.log(z);
      aligned++;
    }
  }
  settings.log(`${settings.label}: ${aligned}/${data.length} pairs aligned, log-likelihood ${logLikelihood.toFixed(0)}`);
  return new GraphoneModel(settings.contextFree ? normalise(counts, settings.options.minProbability) : smoothByContext(counts, settings.options));
}

const keyOf = (russian: string, i: number, a: number, contextFree: boolean) =>
  `${contextFree ? ANY : contextOf(russian, i, i + a)}|${russian.slice(i, i + a)}`;

/** Forward-backward over one pair's alignment lattice; adds posterior graphone counts; returns the pair's probability. */
function accumulate(pair: Folded, model: GraphoneModel, settings: IterationSettings, counts: Map<string, Map<string, number>>): number {
  const { russian, latin } = pair;
  const width = latin.length + 1;
  const cells = (russian.length + 1) * width;
  const optionsAt: Array<Map<string, number> | undefined> = [];
  for (let i = 0; i < russian.length; i++) {
    for (let a = 1; a <= settings.maxRussian; a++) optionsAt.push(i + a <= russian.length ? model.table.get(keyOf(russian, i, a, settings.contextFree)) : undefined);
  }
  const edge = (i: number, a: number, j: number, b: number) => optionsAt[i * settings.maxRussian + a - 1]?.get(latin.slice(j, j + b));
  const forward = new Float64Array(cells);
  const backward = new Float64Array(cells);
  forward[0] = 1;
  backward[cells - 1] = 1;
  const visit = (step: (i: number, j: number, a: number, b: number, p: number) => void, reverse: boolean) => {
    for (let n = 0; n < russian.length; n++) {
      const i = reverse ? russian.length - 1 - n : n;
      for (let m = 0; m <= latin.length; m++) {
        const j = reverse ? latin.length - m : m;
        for (let a = 1; a <= settings.maxRussian && i + a <= russian.length; a++) {
          for (let b = 0; b <= settings.maxLatin && j + b <= latin.length; b++) {
            const p = edge(i, a, j, b);
            if (p) step(i, j, a, b, p);
          }
        }
      }
    }
  };
  visit((i, j, a, b, p) => (forward[(i + a) * width + j + b] += forward[i * width + j] * p), false);
  const z = forward[cells - 1];
  if (!(z > 0) || !Number.isFinite(z)) return 0;
  visit((i, j, a, b, p) => (backward[i * width + j] += p * backward[(i + a) * width + j + b]), true);
  visit((i, j, a, b, p) => {
    const posterior = (forward[i * width + j] * p * backward[(i + a) * width + j + b]) / z;
    if (posterior < 1e-9) return;
    const key = keyOf(russian, i, a, settings.contextFree);
    const options = counts.get(key) ?? new Map<string, number>();
    const written = latin.slice(j, j + b);
    options.set(written, (options.get(written) ?? 0) + pair.weight * posterior);
    counts.set(key, options);
  }, false);
  return z;
}

function total(counts: Map<string, Map<string, number>>): number {
  let sum = 0;
  for (const options of counts.values()) for (const c of options.values()) sum += c;
  return sum;
}

/** Counts to a joint distribution over graphones, dropping the improbable. */
function normalise(counts: Map<string, Map<string, number>>, minProbability: number): GraphoneTable {
  const sum = total(counts);
  const table: GraphoneTable = new Map();
  for (const [key, options] of counts) {
    const kept = new Map([...options].map(([latin, c]) => [latin, c / sum] as [string, number]).filter(([, p]) => p >= minProbability));
    if (kept.size > 0) table.set(key, kept);
  }
  return table;
}

/**
 * P(graphone | context) from the counts in that context, pulled towards the context-free distribution by a
 * pseudo-count, so that a rare context borrows from the rest: (n(c, g) + β·P(g)) / (n(c) + β).
 */
function smoothByContext(counts: Map<string, Map<string, number>>, options: TrainingOptions): GraphoneTable {
  const free = new Map<string, Map<string, number>>();
  const perContext = new Map<string, number>();
  for (const [key, latinCounts] of counts) {
    const [context, group] = key.split("|");
    perContext.set(context, (perContext.get(context) ?? 0) + [...latinCounts.values()].reduce((s, c) => s + c, 0));
    const pooled = free.get(group) ?? new Map<string, number>();
    for (const [latin, c] of latinCounts) pooled.set(latin, (pooled.get(latin) ?? 0) + c);
    free.set(group, pooled);
  }
  const freeTable = normalise(free, 0);
  const table: GraphoneTable = new Map();
  for (const context of CONTEXTS) {
    const n = perContext.get(context) ?? 0;
    for (const [group, pooled] of freeTable) {
      const own = counts.get(`${context}|${group}`);
      const kept = new Map<string, number>();
      for (const [latin, p] of pooled) {
        const probability = ((own?.get(latin) ?? 0) + options.contextPrior * p) / (n + options.contextPrior);
        if (probability >= options.minProbability) kept.set(latin, probability);
      }
      if (kept.size > 0) table.set(`${context}|${group}`, kept);
    }
  }
  return table;
}
