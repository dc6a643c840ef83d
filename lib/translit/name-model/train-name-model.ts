import { negativePairs, seededRandom, spreadSample } from "./evaluate";
import { foldLatin } from "./fold";
import { LetterModel } from "./letter-model";
import { NameModel, rerankScore, type CandidateFeatures, type NameModelData, type RerankWeights } from "./name-model";
import type { SequenceModelData } from "./sequence-model";
import { DEFAULT_TRAINING, trainGraphoneModel, weightOf, type NamePair, type TrainingOptions } from "./train";
import { trainSequenceModel } from "./train-sequence";

export interface NameModelTraining {
  graphones: TrainingOptions;
  /** n-gram order and pruning of the sequence model. */
  order: number;
  minCount: number;
  /** Kneser–Ney discount of the sequence model and the letter model (0: Witten–Bell). */
  discount: number;
  /** n-gram order and pruning of the letter model. */
  letterOrder: number;
  letterMinCount: number;
  /** The share of wrong names (same first letter, length within two) the tuned acceptance may let through. */
  maxFalseAcceptance: number;
  /** Weights of the letter model's log P(latin) tried in the acceptance score. */
  acceptanceLetterWeights: number[];
  /** Weights tried for each part of the reranking: every combination is tried. */
  rerankGrid: { [K in keyof RerankWeights]: number[] };
  /** Held-out pairs whose spellings are generated to tune the reranking (at most; acceptance is tuned on all). */
  tuningSample: number;
  source: string;
  log?: (message: string) => void;
}

export const DEFAULT_NAME_MODEL_TRAINING: Omit<NameModelTraining, "source"> = {
  graphones: DEFAULT_TRAINING,
  order: 4,
  minCount: 2,
  discount: 0.8,
  letterOrder: 4,
  letterMinCount: 2,
  maxFalseAcceptance: 0.003,
  acceptanceLetterWeights: [0, 0.25, 0.5, 0.75],
  rerankGrid: { graphones: [0, 0.5, 1, 1.5, 2], letters: [0, 0.25, 0.5, 0.75, 1], length: [-1, -0.5, 0, 0.5, 1] },
  tuningSample: 2000,
};

/** FNV-1a: a stable hash to split pairs by their Latin word. */
function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

/** The trained model's two files: graphones with the tuned settings, and the sequence model. */
export interface TrainedNameModel {
  model: NameModelData;
  sequences: SequenceModelData;
}

const NO_RERANK: RerankWeights = { graphones: 0, letters: 0, length: 0 };

function fit(pairs: readonly NamePair[], settings: NameModelTraining, tuned: Pick<NameModelData, "acceptance" | "acceptanceLetterWeight" | "rerank">): TrainedNameModel {
  const graphones = trainGraphoneModel(pairs, { ...settings.graphones, log: settings.log });
  const sequences = trainSequenceModel(pairs, graphones, { order: settings.order, minCount: settings.minCount, discount: settings.discount });
  const letters = LetterModel.train(
    pairs.map((p) => ({ latin: p.latin, weight: weightOf(p.count) })),
    { order: settings.letterOrder, minCount: settings.letterMinCount, discount: settings.discount },
  );
  return { model: { source: settings.source, graphones: graphones.toData(), letters: letters.data, ...tuned }, sequences };
}

const loaded = ({ model, sequences }: TrainedNameModel) => new NameModel(model, () => sequences);

/**
 * Trains the name model and tunes its settings on pairs held out from training (a tenth, chosen by a hash of the
 * Latin word, so that no Latin word is on both sides, as in the data's own train/check split): the acceptance score
 * and threshold that accept the most true spellings while letting through at most `maxFalseAcceptance` of wrong
 * names, and the reranking weights that guess best. Then trains again on every pair with those settings.
 * Deterministic.
 */
export function trainNameModel(pairs: readonly NamePair[], settings: NameModelTraining): TrainedNameModel {
  const log = settings.log ?? (() => {});
  const heldOut = (pair: NamePair) => hash(foldLatin(pair.latin)) % 10 === 0;
  const tuning = pairs.filter(heldOut);
  log(`tuning on ${tuning.length} held-out pairs`);
  const draft = fit(pairs.filter((p) => !heldOut(p)), settings, { acceptance: 0, acceptanceLetterWeight: 0, rerank: NO_RERANK });
  const tuned = tuneNameModel(draft, tuning, settings);
  log(`training on all ${pairs.length} pairs`);
  return fit(pairs, settings, tuned);
}

/** The settings tuned on the held-out pairs with the model trained without them (see trainNameModel). */
export function tuneNameModel(draft: TrainedNameModel, tuning: readonly NamePair[], settings: NameModelTraining): Pick<NameModelData, "acceptance" | "acceptanceLetterWeight" | "rerank"> {
  const log = settings.log ?? (() => {});
  const { accepted, ...acceptance } = tuneAcceptance(draft, tuning, settings);
  log(`acceptance ${acceptance.acceptance.toFixed(3)} per letter with letter weight ${acceptance.acceptanceLetterWeight} (${(100 * accepted).toFixed(1)}% of held-out true spellings)`);
  const rerank = tuneRerank(loaded(draft), spreadSample(tuning, settings.tuningSample), settings.rerankGrid);
  log(`rerank weights ${JSON.stringify(rerank.weights)}: top-1 ${rerank.top1.toFixed(3)}, top-5 ${rerank.top5.toFixed(3)} on ${Math.min(tuning.length, settings.tuningSample)} held-out pairs`);
  return { ...acceptance, rerank: rerank.weights };
}

/** Per letter weight tried, the threshold that lets `maxFalseAcceptance` of wrong names through; the weight that then accepts most true spellings. */
function tuneAcceptance(draft: TrainedNameModel, tuning: readonly NamePair[], settings: NameModelTraining) {
  const negatives = negativePairs(tuning, seededRandom(64));
  let best = { acceptance: 0, acceptanceLetterWeight: 0, accepted: -1 };
  for (const weight of settings.acceptanceLetterWeights) {
    const model = loaded({ ...draft, model: { ...draft.model, acceptanceLetterWeight: weight } });
    const wrongScores = negatives.map((p) => model.acceptanceScore(p.russian, p.latin)).sort((a, b) => b - a);
    const trueScores = tuning.map((p) => model.acceptanceScore(p.russian, p.latin));
    const threshold = (wrongScores[Math.floor(settings.maxFalseAcceptance * wrongScores.length)] ?? -Infinity) + 1e-3;
    // Few wrong names can all be impossible (a small file): then every possible true spelling, as a number JSON keeps.
    const acceptance = Number.isFinite(threshold) ? threshold : Math.min(...trueScores.filter(Number.isFinite));
    const accepted = trueScores.filter((score) => score >= acceptance).length / tuning.length;
    settings.log?.(`acceptance letter weight ${weight}: ${(100 * accepted).toFixed(2)}% of true spellings`);
    if (accepted > best.accepted) best = { acceptance, acceptanceLetterWeight: weight, accepted };
  }
  return best;
}

/** Every combination of the grid's weights on the draft's candidates for the tuning pairs: the best by top-1 plus top-5. */
function tuneRerank(draft: NameModel, tuning: readonly NamePair[], grid: NameModelTraining["rerankGrid"]) {
  const lists = tuning.map((pair) => ({ own: foldLatin(pair.latin), candidates: draft.candidates(pair.russian) }));
  const rates = (weights: RerankWeights) => {
    let top1 = 0;
    let top5 = 0;
    for (const { own, candidates } of lists) {
      const rank = rankOf(own, candidates, weights);
      if (rank === 0) top1++;
      if (rank >= 0 && rank < 5) top5++;
    }
    return { top1: top1 / lists.length, top5: top5 / lists.length };
  };
  let best = { weights: NO_RERANK, top1: -1, top5: -1 };
  for (const graphones of grid.graphones) {
    for (const letters of grid.letters) {
      for (const length of grid.length) {
        const weights = { graphones, letters, length };
        const found = rates(weights);
        if (found.top1 + found.top5 > best.top1 + best.top5) best = { weights, ...found };
      }
    }
  }
  return best;
}

/** Where the spelling ranks among the candidates under these weights; −1 when it is not among them. */
function rankOf(own: string, candidates: readonly CandidateFeatures[], weights: RerankWeights): number {
  const mine = candidates.find((c) => c.latin === own);
  if (!mine) return -1;
  const score = rerankScore(mine, weights);
  return candidates.filter((c) => rerankScore(c, weights) > score).length;
}
