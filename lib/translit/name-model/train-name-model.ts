import { measureGuessing, negativePairs, seededRandom, spreadSample } from "./evaluate";
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
  rerankWeights: [0, 0.5, 1, 1.5, 2],
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

/**
 * Trains the name model and tunes its two settings on pairs held out from training (a tenth, chosen by a hash of
 * the Latin word, so that no Latin word is on both sides, as in the data's own train/check split): the acceptance
 * threshold that lets through at most `maxFalseAcceptance` of wrong names, and the rerank weight that guesses best.
 * Then trains again on every pair with those settings. Deterministic.
 */
export function trainNameModel(pairs: readonly NamePair[], settings: NameModelTraining): TrainedNameModel {
  const log = settings.log ?? (() => {});
  const heldOut = (pair: NamePair) => hash(foldLatin(pair.latin)) % 10 === 0;
  const tuning = spreadSample(pairs.filter(heldOut), settings.tuningSample);
  log(`tuning on ${tuning.length} held-out pairs`);
  const draft = fit(pairs.filter((p) => !heldOut(p)), settings, 0, 0);
  const draftModel = loaded(draft);
  const wrongScores = negativePairs(tuning, seededRandom(64))
    .map((p) => draftModel.score(p.russian, p.latin))
    .sort((a, b) => b - a);
  const allowed = Math.floor(settings.maxFalseAcceptance * wrongScores.length);
  // A cut among wrong names that all score -Infinity (a small file) would be stored as JSON null, read back as 0:
  // the lowest finite number rejects them just the same and survives the round trip.
  const cut = wrongScores[allowed] ?? -Infinity;
  const acceptance = Number.isFinite(cut) ? cut + 1e-3 : -Number.MAX_VALUE;
  let best = { weight: 0, top1: -1 };
  for (const weight of settings.rerankWeights) {
    const { top1 } = measureGuessing(loaded({ model: { ...draft.model, acceptance, rerankWeight: weight }, sequences: draft.sequences }), tuning);
    log(`rerank weight ${weight}: top-1 ${top1.toFixed(3)}`);
    if (top1 > best.top1) best = { weight, top1 };
  }
  log(`acceptance ${acceptance.toFixed(3)} per letter, rerank weight ${best.weight}; training on all ${pairs.length} pairs`);
  return fit(pairs, settings, acceptance, best.weight);
}
