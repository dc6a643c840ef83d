import { measureAcceptance, measureGuessing, negativePairs, seededRandom, spreadSample, type AcceptanceFigures, type GuessFigures } from "./evaluate";
import { foldLatin } from "./fold";
import { NameModel, type NameModelData } from "./name-model";
import type { SequenceModelData } from "./sequence-model";
import { DEFAULT_TRAINING, trainGraphoneModel, type NamePair, type TrainingOptions } from "./train";
import { trainSequenceModel } from "./train-sequence";

export interface NameModelTraining {
  graphones: TrainingOptions;
  /** n-gram order and pruning of the sequence model. */
  order: number;
  minCount: number;
  /** Kneser–Ney discount of the sequence model (0: Witten–Bell). */
  discount: number;
  /** The share of wrong names (same first letter, length within two) the tuned acceptance may let through. */
  maxFalseAcceptance: number;
  rerankWeights: number[];
  /** Held-out pairs used for tuning (at most). */
  tuningSample: number;
  source: string;
  log?: (message: string) => void;
}

export const DEFAULT_NAME_MODEL_TRAINING: Omit<NameModelTraining, "source"> = {
  graphones: DEFAULT_TRAINING,
  order: 4,
  minCount: 2,
  discount: 0.8,
  maxFalseAcceptance: 0.005,
  rerankWeights: [0, 0.25, 0.5, 0.75, 1, 1.5, 2],
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

function fit(pairs: readonly NamePair[], settings: NameModelTraining, acceptance: number, rerankWeight: number): TrainedNameModel {
  const graphones = trainGraphoneModel(pairs, { ...settings.graphones, log: settings.log });
  const sequences = trainSequenceModel(pairs, graphones, { order: settings.order, minCount: settings.minCount, discount: settings.discount });
  return { model: { source: settings.source, graphones: graphones.toData(), acceptance, rerankWeight }, sequences };
}

const loaded = ({ model, sequences }: TrainedNameModel) => new NameModel(model, () => sequences);

/** The draft trained without the held-out tenth, with the settings tuned on that tenth. */
interface Tuned {
  draft: TrainedNameModel;
  heldOut: NamePair[];
  tuning: NamePair[];
}

/**
 * Trains a draft on all but a tenth of the pairs (chosen by a hash of the Latin word, so that no Latin word is on
 * both sides, as in the data's own train/check split) and tunes its two settings on that tenth: the acceptance
 * threshold that lets through at most `maxFalseAcceptance` of wrong names, and the rerank weight that guesses best.
 */
function tune(pairs: readonly NamePair[], settings: NameModelTraining): Tuned {
  const log = settings.log ?? (() => {});
  const isHeldOut = (pair: NamePair) => hash(foldLatin(pair.latin)) % 10 === 0;
  const heldOut = pairs.filter(isHeldOut);
  const tuning = spreadSample(heldOut, settings.tuningSample);
  log(`tuning on ${tuning.length} held-out pairs`);
  const draft = fit(pairs.filter((p) => !isHeldOut(p)), settings, 0, 0);
  const draftModel = loaded(draft);
  const wrongScores = negativePairs(tuning, seededRandom(64))
    .map((p) => draftModel.score(p.russian, p.latin))
    .sort((a, b) => b - a);
  const allowed = Math.floor(settings.maxFalseAcceptance * wrongScores.length);
  // A cut among wrong names that all score -Infinity (a small file) would be stored as JSON null, read back as 0:
  // the lowest finite number rejects them just the same and survives the round trip.
  const cut = wrongScores[allowed] ?? -Infinity;
  const acceptance = Number.isFinite(cut) ? cut + 1e-3 : -Number.MAX_VALUE;
  // Judged on the first guess and the first five together: either alone picks among weights within its noise, and
  // the weight that helps the first guess most tends to push true spellings out of the first five.
  let best = { weight: 0, hits: -1 };
  for (const weight of settings.rerankWeights) {
    const { top1, top5 } = measureGuessing(loaded({ model: { ...draft.model, acceptance, rerankWeight: weight }, sequences: draft.sequences }), tuning);
    log(`rerank weight ${weight}: top-1 ${top1.toFixed(3)}, top-5 ${top5.toFixed(3)}`);
    if (top1 + top5 > best.hits) best = { weight, hits: top1 + top5 };
  }
  log(`acceptance ${acceptance.toFixed(3)} per letter, rerank weight ${best.weight}`);
  return { draft: { model: { ...draft.model, acceptance, rerankWeight: best.weight }, sequences: draft.sequences }, heldOut, tuning };
}

/** Trains the name model: settings tuned on a held-out tenth (see `tune`), then trained again on every pair. Deterministic. */
export function trainNameModel(pairs: readonly NamePair[], settings: NameModelTraining): TrainedNameModel {
  const { draft } = tune(pairs, settings);
  settings.log?.(`training on all ${pairs.length} pairs`);
  return fit(pairs, settings, draft.model.acceptance, draft.model.rerankWeight);
}

/**
 * The tuned draft measured on the held-out tenth it never saw (acceptance on every held-out pair, guesses on the
 * tuning sample): where to compare training changes, so that the check file stays unseen until the bench.
 */
export function measureHeldOut(pairs: readonly NamePair[], settings: NameModelTraining): { acceptance: AcceptanceFigures; guessing: GuessFigures } {
  const { draft, heldOut, tuning } = tune(pairs, settings);
  const model = loaded(draft);
  return { acceptance: measureAcceptance(model, heldOut), guessing: measureGuessing(model, tuning) };
}
