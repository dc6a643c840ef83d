import { GraphoneModel, type GraphoneModelData } from "./graphone-model";
import { SequenceModel, type SequenceModelData } from "./sequence-model";

/**
 * The trained name model as committed (lib/translit/data/name-model.json and, loaded only to generate spellings,
 * name-sequences.json), with the settings tuned on held-out pairs.
 */
export interface NameModelData {
  source: string;
  graphones: GraphoneModelData;
  /** A Latin word is taken as a spelling of a Russian one when log P(latin | russian) per letter reaches this. */
  acceptance: number;
  /** Weight of the graphone model's log P(latin | russian) beside the sequence model's score when ranking spellings. */
  rerankWeight: number;
}

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
  private sequenceModel: SequenceModel | null = null;
  private readonly spellingCache = new Map<string, string[]>();
  private readonly scoreCache = new Map<string, number>();

  constructor(
    readonly data: NameModelData,
    private readonly sequences: () => SequenceModelData,
  ) {
    this.graphones = GraphoneModel.fromData(data.graphones);
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

  /** Whether the Latin word is a likely spelling of the Russian word. */
  accepts(russian: string, latin: string): boolean {
    // No graphone writes a Russian letter with more than four Latin ones or two with none: skip what can't fit.
    const ratio = latin.length / Math.max(1, russian.length);
    return ratio <= 3 && ratio >= 0.34 && this.score(russian, latin) >= this.data.acceptance;
  }

  /**
   * The likeliest Latin spellings, best first: the sequence model's candidates ranked again with the graphone
   * model, which knows less about whole names but forgets less about letters.
   */
  spellings(russian: string, count = 5): string[] {
    const key = russian.toLowerCase();
    let ranked = this.spellingCache.get(key);
    if (!ranked) {
      this.sequenceModel ??= new SequenceModel(this.sequences());
      ranked = this.sequenceModel
        .spellings(russian, CANDIDATES)
        .map(({ latin, score }) => ({ latin, score: score + this.data.rerankWeight * this.score(russian, latin) * latin.length }))
        .sort((a, b) => b.score - a.score)
        .map(({ latin }) => latin);
      // Bounded like the scores: a long-running server would otherwise keep every name it ever saw.
      if (this.spellingCache.size >= SPELLING_CACHE) this.spellingCache.clear();
      this.spellingCache.set(key, ranked);
    }
    return ranked.slice(0, count);
  }
}
