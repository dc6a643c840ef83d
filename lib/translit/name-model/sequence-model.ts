import { foldCyrillic, foldLatin } from "./fold";
import { MAX_LATIN, MAX_RUSSIAN } from "./graphone-model";
import { BOUNDARY, NgramModel, type NgramData } from "./ngram";

/**
 * A joint-sequence model (Bisani & Ney; Phonetisaurus): an n-gram model over graphones, the pairs of a Russian
 * letter group and the Latin letters written for it ("дж:j", "о:o", "н:n"). It knows what goes with what across a
 * name (a Japanese name writes ё after к as "yo", a German one "ö"), which the letters alone don't.
 */
export interface SequenceModelData {
  /** Graphones as "russian:latin"; index 0 is the word boundary, 1 the unknown graphone. */
  graphones: string[];
  ngram: NgramData;
}

export const UNKNOWN_GRAPHONE = 1;
/** A single letter written in a way training never saw costs this much more than the unknown graphone's own chance. */
const UNKNOWN_PENALTY = -12;
/** Graphones the beam search tries per Russian letter group, the most frequent. */
const TRIED = 24;

interface Hypothesis {
  score: number;
  history: number;
  latin: string;
}

export class SequenceModel {
  private readonly ids = new Map<string, number>();
  /** Per Russian letter group: the graphones that write it, most frequent first. */
  private readonly byRussian = new Map<string, Array<{ id: number; latin: string }>>();
  /** The same, cut to the ones the beam search tries. */
  private readonly tried = new Map<string, Array<{ id: number; latin: string }>>();
  private readonly ngram: NgramModel;

  constructor(data: SequenceModelData) {
    this.ngram = new NgramModel(data.ngram);
    data.graphones.forEach((graphone, id) => {
      this.ids.set(graphone, id);
      if (id <= UNKNOWN_GRAPHONE) return;
      const [russian, latin] = graphone.split(":");
      const list = this.byRussian.get(russian) ?? [];
      list.push({ id, latin });
      this.byRussian.set(russian, list);
    });
    for (const [russian, list] of this.byRussian) {
      list.sort((a, b) => this.ngram.prior(b.id) - this.ngram.prior(a.id));
      this.tried.set(russian, list.slice(0, TRIED));
    }
  }

  /**
   * log P(russian, latin) along the best alignment (Viterbi), both words folded first; -Infinity when no alignment
   * exists. Each lattice cell keeps its few best histories.
   */
  score(russianWord: string, latinWord: string, beam = 4): number {
    const russian = foldCyrillic(russianWord);
    const latin = foldLatin(latinWord);
    if (!russian || !latin) return -Infinity;
    const width = latin.length + 1;
    const cells: Hypothesis[][] = Array.from({ length: (russian.length + 1) * width }, () => []);
    cells[0].push({ score: 0, history: this.ngram.start, latin: "" });
    for (let i = 0; i < russian.length; i++) {
      for (let j = 0; j <= latin.length; j++) {
        const here = cells[i * width + j];
        if (here.length === 0) continue;
        if (here.length > beam) here.sort((a, b) => b.score - a.score).length = beam;
        for (let a = 1; a <= MAX_RUSSIAN && i + a <= russian.length; a++) {
          const group = russian.slice(i, i + a);
          for (let b = 0; b <= MAX_LATIN && j + b <= latin.length; b++) {
            const id = this.ids.get(`${group}:${latin.slice(j, j + b)}`) ?? (a === 1 && b <= 2 ? UNKNOWN_GRAPHONE : undefined);
            if (id === undefined) continue;
            const cost = id === UNKNOWN_GRAPHONE ? UNKNOWN_PENALTY : 0;
            const target = cells[(i + a) * width + j + b];
            for (const h of here) target.push({ score: h.score + this.ngram.logProbability(h.history, id) + cost, history: this.ngram.push(h.history, id), latin: "" });
          }
        }
      }
    }
    let best = -Infinity;
    for (const h of cells[cells.length - 1]) best = Math.max(best, h.score + this.ngram.logProbability(h.history, BOUNDARY));
    return best;
  }

  /** The most likely Latin spellings of a Russian word, best first, with log P(russian, latin) (beam search). */
  spellings(russianWord: string, count: number, beam = 40): Array<{ latin: string; score: number }> {
    const russian = foldCyrillic(russianWord);
    if (!russian) return [];
    const byPosition: Hypothesis[][] = Array.from({ length: russian.length + 1 }, () => []);
    byPosition[0].push({ score: 0, history: this.ngram.start, latin: "" });
    for (let i = 0; i < russian.length; i++) {
      const here = mergedBest(byPosition[i], beam);
      const contexts = here.map((h) => this.ngram.contextsOf(h.history));
      for (let a = 1; a <= MAX_RUSSIAN && i + a <= russian.length; a++) {
        for (const { id, latin } of this.tried.get(russian.slice(i, i + a)) ?? []) {
          here.forEach((h, k) => {
            byPosition[i + a].push({ score: h.score + this.ngram.logProbabilityAfter(contexts[k], id), history: this.ngram.push(h.history, id), latin: h.latin + latin });
          });
        }
      }
    }
    const best = new Map<string, number>();
    for (const h of byPosition[russian.length]) {
      const score = h.score + this.ngram.logProbability(h.history, BOUNDARY);
      best.set(h.latin, logAdd(best.get(h.latin) ?? -Infinity, score));
    }
    return [...best].sort((a, b) => b[1] - a[1]).slice(0, count).map(([latin, score]) => ({ latin, score }));
  }
}

/**
 * The `beam` best of the hypotheses, best first, where those that wrote the same letters and end in the same history
 * are one: their probabilities add (a spelling's probability is the sum over its segmentations), and the beam keeps
 * room for other spellings. Of equal scores the first found goes first. Merges into the hypotheses given, which the
 * search does not read again.
 */
function mergedBest(hypotheses: Hypothesis[], beam: number): Hypothesis[] {
  const byState = new Map<number, Map<string, Hypothesis>>();
  const states: Hypothesis[] = [];
  for (const h of hypotheses) {
    let byLatin = byState.get(h.history);
    if (!byLatin) byState.set(h.history, (byLatin = new Map()));
    const known = byLatin.get(h.latin);
    if (known) known.score = logAdd(known.score, h.score);
    else {
      byLatin.set(h.latin, h);
      states.push(h);
    }
  }
  // The beam's best, kept in order as the states come: cheaper than sorting them all, and the same as a stable sort.
  const best: Hypothesis[] = [];
  for (const state of states) {
    if (best.length === beam && !(state.score > best[beam - 1].score)) continue;
    let at = best.length;
    while (at > 0 && state.score > best[at - 1].score) at--;
    best.splice(at, 0, state);
    if (best.length > beam) best.pop();
  }
  return best;
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  const max = Math.max(a, b);
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
}
