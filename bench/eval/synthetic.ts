/**
 * DEMETR-style perturbations on MLQE-PE, on both parts. The clean sentence is the post-edit (a corrected human
 * translation, detokenised like the MT) with its source; each perturbed copy carries one injected error. Recall
 * is scored as on the real DEMETR items; the clean post-edits show the false alarms.
 */
import { entityShape, findEntities, type EntityShape } from "./entities";
import { flagsOnPair, isCaught, perThousandWords, tallyCleanFlags, type FlagRate } from "./flags";
import { mlqeSentences, PARTS, type MlqeSentence, type PartName } from "./parts";
import { DEMETR_TARGETS, PERTURBATIONS, PERTURBATION_TYPES, type PerturbationType } from "./perturbations";
import { seededRandom } from "./random";
import { addRow, atMost, share, type Figure } from "./table";

/** Perturbed copies per type and part (all eligible sentences if fewer): enough for ±0.03 on a recall near 0.9. */
export const SAMPLE_PER_TYPE = 200;

/** Sentences with a post-edit to perturb (a few MLQE-PE post-edits are empty). */
const cleanSentences = (part: PartName) => mlqeSentences(part).filter((sentence) => sentence.postEdit.trim() !== "");

function entityPool(sentences: MlqeSentence[]): Map<EntityShape, string[]> {
  const pool = new Map<EntityShape, Set<string>>();
  for (const { postEdit } of sentences) {
    for (const { text } of findEntities(postEdit)) {
      const shape = entityShape(text);
      pool.set(shape, (pool.get(shape) ?? new Set()).add(text));
    }
  }
  return new Map([...pool].map(([shape, texts]) => [shape, [...texts]]));
}

/** How many of the sample's perturbed copies are flagged where the error was injected. */
function recall(part: PartName, type: PerturbationType, sentences: MlqeSentence[], pool: Map<EntityShape, string[]>): Figure {
  const random = seededRandom(`${part}:${type}`);
  let sampled = 0;
  let caught = 0;
  for (const sentence of random.shuffled(sentences)) {
    const clean = sentence.postEdit;
    const perturbed = PERTURBATIONS[type]({ source: sentence.source, target: clean }, { random, entityPool: pool });
    if (perturbed === null || perturbed === clean) continue;
    sampled++;
    if (isCaught(clean, perturbed, flagsOnPair(sentence.source, perturbed))) caught++;
    if (sampled === SAMPLE_PER_TYPE) break;
  }
  return share(caught, sampled);
}

function cleanRate(sentences: MlqeSentence[]): FlagRate {
  return tallyCleanFlags(sentences.map(({ source, postEdit }) => ({ text: postEdit, flags: flagsOnPair(source, postEdit) })));
}

export function synthetic(): void {
  const sentences = Object.fromEntries(PARTS.map((part) => [part, cleanSentences(part)])) as Record<PartName, MlqeSentence[]>;
  const pools = Object.fromEntries(PARTS.map((part) => [part, entityPool(sentences[part])])) as Record<PartName, Map<EntityShape, string[]>>;
  for (const type of PERTURBATION_TYPES) {
    const [tuning, check] = PARTS.map((part) => recall(part, type, sentences[part], pools[part]));
    addRow({ metric: `Synthetic recall: ${type}`, tuning, check, target: DEMETR_TARGETS[type], rate: true });
  }
  const [tuning, check] = PARTS.map((part) => cleanRate(sentences[part]));
  const perSentence = (rate: FlagRate): Figure => ({ value: rate.flags / rate.sentences, detail: `${rate.flags}/${rate.sentences}`, n: rate.sentences });
  const perThousand = (count: (rate: FlagRate) => number) => (rate: FlagRate): Figure => ({
    value: perThousandWords(count(rate), rate.words),
    detail: `${count(rate)} flags`,
  });
  const all = perThousand((rate) => rate.flags);
  const names = perThousand((rate) => rate.nameFlags);
  const others = perThousand((rate) => rate.flags - rate.nameFlags);
  addRow({ metric: "Synthetic: flags per clean post-edit", tuning: perSentence(tuning), check: perSentence(check), target: atMost(0.05), rate: true, digits: 3 });
  addRow({ metric: "Synthetic: flags per 1,000 words of clean post-edits", tuning: all(tuning), check: all(check), target: atMost(2) });
  addRow({ metric: "  Synthetic clean post-edits: name checks (name-*)", tuning: names(tuning), check: names(check), target: atMost(0.5) });
  addRow({ metric: "  Synthetic clean post-edits: other checks", tuning: others(tuning), check: others(check) });
}
