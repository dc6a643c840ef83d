import { foldLatin } from "./fold";
import { GraphoneModel, type GraphoneModelData } from "./graphone-model";
import { LetterModel } from "./letter-model";
import type { NgramData } from "./ngram";
import { SequenceModel, type SequenceModelData } from "./sequence-model";

/**
 * The trained name model as committed (lib/translit/data/name-model.json and, loaded only to generate spellings,
 * name-sequences.json), with the settings tuned on held-out pairs.
 */
export interface NameModelData {
  source: string;
  graphones: GraphoneModelData;
  /** The letter model of English name spellings (LetterModel). */
  letters: NgramData;
  /** A Latin word is taken as a spelling of a Russian one when its acceptance score (see `acceptanceScore`) reaches this. */
  acceptance: number;
  /** How much of the letter model's log P(latin) the acceptance score takes off the graphone model's log P(latin | russian). */
  acceptanceLetterWeight: number;
  /** Weights beside the sequence model's log P(russian, latin) when ranking spellings (see `RerankWeights`). */
  rerank: RerankWeights;
}

/**
 * A noisy channel over the sequence model's candidates: the graphone model's log P(latin | russian), the letter
 * model's log P(latin) and the length of the Latin word (against short, truncated spellings), each weighted.
 */
export interface RerankWeights {
  graphones: number;
  letters: number;
  length: number;
}

/** What the reranking weighs for one candidate spelling. */
export interface CandidateFeatures {
  latin: string;
  sequence: number;
  graphones: number;
  letters: number;
}

/** A weighted part; a part weighed 0 counts nothing even where it is −∞ (a graphone the graphone model pruned). */
const weighted = (weight: number, value: number) => (weight === 0 ? 0 : weight * value);

export const rerankScore = (c: CandidateFeatures, w: RerankWeights) =>
  c.sequence + weighted(w.graphones, c.graphones) + weighted(w.letters, c.letters) + w.length * c.latin.length;

/** Scored pairs kept for reuse. */
const SCORE_CACHE = 50_000;
/** Names whose generated spellings are kept (each a list of candidates). */
const SPELLING_CACHE = 10_000;

/** Spellings the sequence model proposes before they are ranked again. */
const CANDIDATES = 30;

/**
 * Transliteration of names of every origin, learned from Wikidata name pairs (Merhav & Ash, COLING 2018): whether a
 * Latin word can be a spelling of a Russian name (Schröder, Schroeder for Шрёдер; Kılıçdaroğlu for Кылычдароглу),
 * and the likeliest spellings of a name it has never seen.
 */
export class NameModel {
  private readonly graphones: GraphoneModel;
  private readonly letters: LetterModel;
  private sequenceModel: SequenceModel | null = null;
  private readonly spellingCache = new Map<string, string[]>();
  private readonly scoreCache = new Map<string, number>();

  constructor(
    readonly data: NameModelData,
    private readonly sequences: () => SequenceModelData,
  ) {
    this.graphones = GraphoneModel.fromData(data.graphones);
    this.letters = new LetterModel(data.letters);
  }

  /** log P(latin | russian) per Latin letter (see GraphoneModel.perLetter); 0 is certain, below −3 unlikely. */
  score(russian: string, latin: string): number {
    const key = `${russian}|${latin}`;
    let score = this.scoreCache.get(key);
    if (score === undefined) {
      // Bounded: a server checks article after article, and the pairs of one article are what repeats.
      if (this.scoreCache.size >= SCORE_CACHE) this.scoreCache.clear();
      score = this.graphones.perLetter(russian, latin);
      this.scoreCache.set(key, score);
    }
    return score;
  }

  /**
   * Per Latin letter, log P(latin | russian) − w·log P(latin): how much more likely the Russian name makes the
   * spelling than English spelling alone does, so that a spelling is not held against a name for being rare in
   * English (Kılıçdaroğlu), nor a common-looking wrong name let through for being common.
   */
  acceptanceScore(russian: string, latin: string): number {
    const score = this.score(russian, latin);
    const letters = foldLatin(latin).length;
    return letters === 0 ? score : score - (this.data.acceptanceLetterWeight * this.letters.logProbability(latin)) / letters;
  }

  /** Whether the Latin word is a likely spelling of the Russian word. */
  accepts(russian: string, latin: string): boolean {
    // No graphone writes a Russian letter with more than four Latin ones or two with none: skip what can't fit.
    const ratio = latin.length / Math.max(1, russian.length);
    return ratio <= 3 && ratio >= 0.34 && this.acceptanceScore(russian, latin) >= this.data.acceptance;
  }

  /** The sequence model's candidate spellings with what the reranking weighs (see RerankWeights). */
  candidates(russian: string): CandidateFeatures[] {
    this.sequenceModel ??= new SequenceModel(this.sequences());
    return this.sequenceModel.spellings(russian, CANDIDATES).map(({ latin, score }) => ({
      latin,
      sequence: score,
      graphones: this.score(russian, latin) * latin.length,
      letters: this.letters.logProbability(latin),
    }));
  }

  /**
   * The likeliest Latin spellings, best first: the sequence model's candidates ranked again with the graphone
   * model, which knows less about whole names but forgets less about letters, and the letter model.
   */
  spellings(russian: string, count = 5): string[] {
    const key = russian.toLowerCase();
    let ranked = this.spellingCache.get(key);
    if (!ranked) {
      ranked = this.candidates(russian)
        .map((c) => ({ latin: c.latin, score: rerankScore(c, this.data.rerank) }))
        .sort((a, b) => b.score - a.score)
        .map(({ latin }) => latin);
      // Bounded like the scores: a long-running server would otherwise keep every name it ever saw.
      if (this.spellingCache.size >= SPELLING_CACHE) this.spellingCache.clear();
      this.spellingCache.set(key, ranked);
    }
    return ranked.slice(0, count);
  }
}
