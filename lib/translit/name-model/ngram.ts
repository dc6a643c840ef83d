/**
 * A back-off n-gram model over small integer symbols (graphones, letters), stored ARPA style: per context, the
 * log-probabilities of the symbols seen after it and a backoff weight for the rest. Histories are packed into one
 * number, 13 bits a symbol, so a lookup builds no strings.
 */
export interface NgramData {
  order: number;
  /** Per context (symbols joined by spaces, oldest first; "" for none): [backoff, [symbol, logProbability, …]]. */
  contexts: Record<string, [number, number[]]>;
}

/** Symbol 0 marks the word's start and end. */
export const BOUNDARY = 0;

const BASE = 8192;
/** A context of order − 1 symbols and the next symbol, packed, must stay below 2^53. */
export const MAX_ORDER = 4;
/** log P of a symbol no context has seen. */
const UNSEEN = -14;

export class NgramModel {
  readonly order: number;
  private readonly span: number;
  /** Packed context → its index below. */
  private readonly contextIndex = new Map<number, number>();
  /**
   * Per context index: its backoff weight, and its symbols (ascending) with their log-probabilities in
   * symbols/logProbabilities[offsets[i] .. offsets[i + 1]). Flat arrays: light on memory and on the collector, and a
   * lookup hashes one context per history rather than one context and symbol per pair.
   */
  private readonly backoffs: Float64Array;
  private readonly offsets: Int32Array;
  private readonly symbols: Int32Array;
  private readonly logProbabilities: Float64Array;

  constructor(data: NgramData) {
    if (data.order > MAX_ORDER) throw new Error(`n-gram order ${data.order} above ${MAX_ORDER}`);
    this.order = data.order;
    this.span = BASE ** (data.order - 1);
    const contexts = Object.entries(data.contexts);
    const entries = contexts.reduce((sum, [, [, flat]]) => sum + flat.length / 2, 0);
    this.backoffs = new Float64Array(contexts.length);
    this.offsets = new Int32Array(contexts.length + 1);
    this.symbols = new Int32Array(entries);
    this.logProbabilities = new Float64Array(entries);
    let at = 0;
    contexts.forEach(([key, [backoff, flat]], index) => {
      const packed = key === "" ? 0 : key.split(" ").reduce((history, symbol) => this.push(history, Number(symbol)), 0);
      this.contextIndex.set(packed, index);
      this.backoffs[index] = backoff;
      this.offsets[index] = at;
      const pairs = Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]]).sort((a, b) => a[0] - b[0]);
      for (const [symbol, logProbability] of pairs) {
        this.symbols[at] = symbol;
        this.logProbabilities[at++] = logProbability;
      }
    });
    this.offsets[contexts.length] = at;
  }

  /** The history at a word's start. */
  get start(): number {
    return this.push(0, BOUNDARY);
  }

  /** The history with one more symbol, keeping the last order − 1 (symbol + 1, so that 0 is "nothing"). */
  push(history: number, symbol: number): number {
    if (symbol >= BASE - 1) throw new Error(`symbol ${symbol} out of range`);
    return (history * BASE + symbol + 1) % this.span;
  }

  /** log P(symbol | history), backing off to ever shorter histories. */
  logProbability(history: number, symbol: number): number {
    return this.logProbabilityAfter(this.contextsOf(history), symbol);
  }

  /** The known contexts a history backs off through, longest first (see `logProbabilityAfter`). */
  contextsOf(history: number): number[] {
    const contexts: number[] = [];
    let context = history;
    let width = 1;
    while (width <= context) width *= BASE;
    for (;;) {
      const index = this.contextIndex.get(context);
      if (index !== undefined) contexts.push(index);
      if (context === 0) return contexts;
      width /= BASE;
      context %= width;
    }
  }

  /** log P(symbol | history) from the history's `contextsOf`: to ask of one history for many symbols. */
  logProbabilityAfter(contexts: readonly number[], symbol: number): number {
    let penalty = 0;
    for (const index of contexts) {
      const p = this.lookup(index, symbol);
      if (p !== undefined) return penalty + p;
      penalty += this.backoffs[index];
    }
    return penalty + UNSEEN;
  }

  /** Unigram log-probability, to order alternatives before any context is known. */
  prior(symbol: number): number {
    const root = this.contextIndex.get(0);
    return (root === undefined ? undefined : this.lookup(root, symbol)) ?? UNSEEN;
  }

  private lookup(index: number, symbol: number): number | undefined {
    let low = this.offsets[index];
    let high = this.offsets[index + 1] - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.symbols[middle];
      if (found === symbol) return this.logProbabilities[middle];
      if (found < symbol) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

export interface NgramTrainingOptions {
  order: number;
  /** Contexts of two symbols or more keep only continuations seen at least this often (weighted), to stay small. */
  minCount: number;
  /**
   * Interpolated Kneser–Ney's absolute discount; 0 for Witten–Bell. Kneser–Ney also estimates each shorter context
   * from how many different symbols precede a continuation rather than how often it occurs, so a graphone that
   * follows many others (a common ending) gets the mass a rare context leaves, not one that occurs often in a
   * single name.
   */
  discount: number;
}

/**
 * Estimates an n-gram model from weighted symbol sequences (without boundaries; they are added), interpolated:
 * P(w | h) = α(h, w) + γ(h)·P(w | h′). Witten–Bell: α = c(h, w) / (c(h) + T(h)), γ = T(h) / (c(h) + T(h)), T(h) the
 * number of distinct continuations of h. Kneser–Ney: α = (c(h, w) − D)⁺ / c(h), γ = the discounted mass / c(h),
 * with continuation counts below the top order. Stored so that a lookup that backs off gives exactly the
 * interpolated value.
 */
export function trainNgram(sequences: Iterable<{ symbols: number[]; weight: number }>, vocabulary: number, options: NgramTrainingOptions): NgramData {
  const counts = new Map<string, Map<number, number>>();
  const add = (context: string, next: number, weight: number) => {
    const followers = counts.get(context) ?? new Map<number, number>();
    followers.set(next, (followers.get(next) ?? 0) + weight);
    counts.set(context, followers);
  };
  for (const { symbols, weight } of sequences) {
    const sequence = [BOUNDARY, ...symbols, BOUNDARY];
    for (let k = 1; k < sequence.length; k++) {
      for (let n = 0; n < options.order && k - n >= 0; n++) add(sequence.slice(k - n, k).join(" "), sequence[k], weight);
    }
  }
  const shorter = (context: string) => (context.includes(" ") ? context.slice(context.indexOf(" ") + 1) : "");
  const depth = (context: string) => (context === "" ? 0 : context.split(" ").length);
  const kneserNey = options.discount > 0;
  // Kneser–Ney: below the top order, a context not at the word's start counts its continuations' distinct left neighbours.
  const used = kneserNey ? continuationCounts(counts, options.order, shorter, depth) : counts;
  const probability = new Map<string, Map<number, number>>();
  const backoff = new Map<string, number>();
  const interpolated = (context: string, next: number): number => {
    const own = probability.get(context)?.get(next);
    if (own !== undefined) return own;
    if (context === "") return Math.log(1 / vocabulary) + (backoff.get("") ?? 0);
    return (backoff.get(context) ?? 0) + interpolated(shorter(context), next);
  };
  // Shorter contexts first: each order interpolates with the one below.
  for (const context of [...used.keys()].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1))) {
    const followers = used.get(context)!;
    const kept = depth(context) >= 2 ? [...followers].filter(([, c]) => c >= options.minCount) : [...followers];
    if (kept.length === 0) continue;
    const total = [...followers.values()].reduce((sum, c) => sum + c, 0);
    const types = followers.size;
    const discounted = kneserNey ? [...followers.values()].reduce((sum, c) => sum + Math.min(options.discount, c), 0) : 0;
    const lowerWeight = kneserNey ? discounted / total : types / (total + types);
    const probabilities = new Map<number, number>();
    for (const [next, c] of kept) {
      const lower = context === "" ? 1 / vocabulary : Math.exp(interpolated(shorter(context), next));
      const own = kneserNey ? (c - Math.min(options.discount, c)) / total : c / (total + types);
      probabilities.set(next, Math.log(own + lowerWeight * lower));
    }
    probability.set(context, probabilities);
    backoff.set(context, Math.log(lowerWeight));
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const contexts: NgramData["contexts"] = {};
  for (const [context, probabilities] of probability) {
    contexts[context] = [round(backoff.get(context)!), [...probabilities].sort((a, b) => a[0] - b[0]).flatMap(([next, p]) => [next, round(p)])];
  }
  return { order: options.order, contexts };
}

/**
 * Kneser–Ney's counts: the top order and contexts at the word's start (nothing can precede them) keep their own
 * counts; every other context counts, per continuation, the distinct symbols seen before it.
 */
function continuationCounts(
  counts: Map<string, Map<number, number>>,
  order: number,
  shorter: (context: string) => string,
  depth: (context: string) => number,
): Map<string, Map<number, number>> {
  const atStart = (context: string) => context === `${BOUNDARY}` || context.startsWith(`${BOUNDARY} `);
  const result = new Map<string, Map<number, number>>();
  for (const [context, followers] of counts) {
    if (depth(context) === order - 1 || atStart(context)) result.set(context, followers);
  }
  for (const [context, followers] of counts) {
    if (context === "") continue;
    const lower = shorter(context);
    if (atStart(lower)) continue;
    const target = result.get(lower) ?? new Map<number, number>();
    for (const next of followers.keys()) target.set(next, (target.get(next) ?? 0) + 1);
    result.set(lower, target);
  }
  return result;
}
