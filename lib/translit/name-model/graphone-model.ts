import { contextOf, foldCyrillic, foldLatin } from "./fold";

/** Longest Russian and Latin sides of one graphone (щ → shch, дж → j, кс → x). */
export const MAX_RUSSIAN = 2;
export const MAX_LATIN = 4;
/** The probability of a single Russian letter written in a way training never saw, so that no pair is impossible. */
const UNSEEN = 1e-7;

/**
 * Probabilities of graphones, pairs of a Russian letter group and the Latin letters written for it, in a Russian
 * context (see `contextOf`): P(russian, latin | context). Keyed `context|russian`, then by the Latin letters.
 */
export type GraphoneTable = Map<string, Map<string, number>>;

export interface GraphoneModelData {
  /** `context|russian` → Latin letters → probability. */
  table: Record<string, Record<string, number>>;
}

/**
 * Each piece a graphone may write, by start and length (index j·(MAX_LATIN + 1) + b): sliced once per word rather than
 * once per Russian letter group, and each string then hashed once for the table's lookups.
 */
function piecesOf(latin: string): string[] {
  const pieces: string[] = [];
  for (let j = 0; j <= latin.length; j++) {
    for (let b = 0; b <= MAX_LATIN; b++) pieces.push(latin.slice(j, j + b));
  }
  return pieces;
}

/**
 * A learned weighted edit distance between a Russian word and a Latin one: graphone probabilities in context,
 * summed over every way of aligning the two words. Fast (no history), so it is the model that scores pairs.
 */
/** A Russian word's table rows along it (see `keysAlong`) and P(russian), read once per word rather than once per pair. */
interface PreparedWord {
  options: Array<Map<string, number> | undefined>;
  probability: number;
}

/** Russian words kept prepared: a name is scored against every capitalised word of its sentences. */
const PREPARED_WORDS = 5_000;

export class GraphoneModel {
  readonly table: GraphoneTable;
  /** Per `context|russian`: the total probability over all Latin renderings, for P(russian). */
  private readonly russianMass = new Map<string, number>();
  private readonly prepared = new Map<string, PreparedWord>();

  constructor(table: GraphoneTable) {
    this.table = table;
    for (const [key, options] of table) {
      let mass = 0;
      for (const p of options.values()) mass += p;
      this.russianMass.set(key, mass);
    }
  }

  static fromData(data: GraphoneModelData): GraphoneModel {
    return new GraphoneModel(new Map(Object.entries(data.table).map(([key, options]) => [key, new Map(Object.entries(options))])));
  }

  toData(): GraphoneModelData {
    const table: GraphoneModelData["table"] = {};
    for (const [key, options] of [...this.table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      table[key] = Object.fromEntries([...options].sort((a, b) => b[1] - a[1]).map(([latin, p]) => [latin, Number(p.toPrecision(4))]));
    }
    return { table };
  }

  /** The key of each Russian letter group a segment can start with, by start and length (index i·MAX_RUSSIAN + a − 1). */
  private keysAlong(russian: string): string[] {
    const keys: string[] = [];
    for (let i = 0; i < russian.length; i++) {
      for (let a = 1; a <= MAX_RUSSIAN; a++) keys.push(i + a <= russian.length ? `${contextOf(russian, i, i + a)}|${russian.slice(i, i + a)}` : "");
    }
    return keys;
  }

  /** Sum over all alignments of the joint probability of two folded words. */
  joint(russian: string, latin: string): number {
    return this.jointAlong(this.prepare(russian).options, russian.length, latin);
  }

  private prepare(russian: string): PreparedWord {
    let word = this.prepared.get(russian);
    if (!word) {
      const keys = this.keysAlong(russian);
      word = { options: keys.map((key) => this.table.get(key)), probability: this.russianProbability(russian) };
      // Bounded: a server checks article after article, and the names of one article are what repeats.
      if (this.prepared.size >= PREPARED_WORDS) this.prepared.clear();
      this.prepared.set(russian, word);
    }
    return word;
  }

  private jointAlong(optionsAlong: Array<Map<string, number> | undefined>, length: number, latin: string): number {
    const width = latin.length + 1;
    const forward = new Float64Array((length + 1) * width);
    const pieces = piecesOf(latin);
    forward[0] = 1;
    for (let i = 0; i < length; i++) {
      for (let a = 1; a <= MAX_RUSSIAN && i + a <= length; a++) {
        const options = optionsAlong[i * MAX_RUSSIAN + a - 1];
        for (let j = 0; j <= latin.length; j++) {
          const here = forward[i * width + j];
          if (here === 0) continue;
          for (let b = 0; b <= MAX_LATIN && j + b <= latin.length; b++) {
            const p = options?.get(pieces[j * (MAX_LATIN + 1) + b]) ?? (a === 1 && b <= 2 ? UNSEEN : undefined);
            if (p !== undefined) forward[(i + a) * width + j + b] += here * p;
          }
        }
      }
    }
    return forward[forward.length - 1];
  }

  /** P(russian): the joint summed over every Latin rendering. */
  russianProbability(russian: string): number {
    const forward = new Float64Array(russian.length + 1);
    const keys = this.keysAlong(russian);
    forward[0] = 1;
    for (let i = 0; i < russian.length; i++) {
      for (let a = 1; a <= MAX_RUSSIAN && i + a <= russian.length; a++) {
        forward[i + a] += forward[i] * (this.russianMass.get(keys[i * MAX_RUSSIAN + a - 1]) ?? 0);
      }
    }
    return forward[russian.length];
  }

  /**
   * log P(latin | russian) per Latin letter: the share of the ways of writing the Russian word that this Latin word
   * takes, so that long names are not penalised for their length. Words are folded first (Erdoğan, ЭРДОГАН).
   */
  perLetter(russianWord: string, latinWord: string): number {
    const russian = foldCyrillic(russianWord);
    const latin = foldLatin(latinWord);
    if (!russian || !latin) return -Infinity;
    const word = this.prepare(russian);
    const joint = this.jointAlong(word.options, russian.length, latin);
    if (!(joint > 0)) return -Infinity;
    return (Math.log(joint) - Math.log(word.probability)) / latin.length;
  }

  /** The most probable alignment of two folded words as [russian, latin] graphones; null when there is none. */
  align(russian: string, latin: string): Array<[string, string]> | null {
    const width = latin.length + 1;
    const best = new Float64Array((russian.length + 1) * width).fill(-Infinity);
    const from = new Int32Array(best.length).fill(-1);
    const keys = this.keysAlong(russian);
    best[0] = 0;
    for (let i = 0; i < russian.length; i++) {
      for (let a = 1; a <= MAX_RUSSIAN && i + a <= russian.length; a++) {
        const options = this.table.get(keys[i * MAX_RUSSIAN + a - 1]);
        if (!options) continue;
        for (let j = 0; j <= latin.length; j++) {
          const here = best[i * width + j];
          if (here === -Infinity) continue;
          for (let b = 0; b <= MAX_LATIN && j + b <= latin.length; b++) {
            const p = options.get(latin.slice(j, j + b));
            const cell = (i + a) * width + j + b;
            if (p !== undefined && here + Math.log(p) > best[cell]) {
              best[cell] = here + Math.log(p);
              from[cell] = i * width + j;
            }
          }
        }
      }
    }
    if (best[best.length - 1] === -Infinity) return null;
    const graphones: Array<[string, string]> = [];
    for (let cell = best.length - 1; cell > 0; cell = from[cell]) {
      const previous = from[cell];
      graphones.unshift([russian.slice(Math.floor(previous / width), Math.floor(cell / width)), latin.slice(previous % width, cell % width)]);
    }
    return graphones;
  }
}
