/**
 * DEMETR-style perturbations on MLQE-PE, on both parts. The clean sentence is the post-edit (a corrected human
 * translation, detokenised like the MT) with its source; each perturbed copy carries one injected error. Recall
 * is scored as on the real DEMETR items; the clean post-edits show the false alarms.
 */
import { entityShape, findEntities, type EntityShape } from "./entities";
import { changedSpan, flagsOnPair, isCaught, perThousandWords, tallyCleanFlags, type Finding, type FlagRate } from "./flags";
import { mlqeSentences, PARTS, type MlqeSentence, type PartName } from "./parts";
import { DEMETR_TARGETS, PERTURBATIONS, PERTURBATION_TYPES, type PerturbationType } from "./perturbations";
import { seededRandom } from "./random";
import { addRow, atMost, share, type Figure } from "./table";

/** Perturbed copies per type and part (all eligible sentences if fewer): a standard error of about 0.013 on a recall near 0.9 (200 left ±0.05 swings between samples). */
export const SAMPLE_PER_TYPE = 500;

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

/** What to list from the tuning part (never the check part): `--synthetic-misses TYPE`, `--clean-flags [CHECK]`. */
export interface SyntheticListing {
  misses: PerturbationType | null;
  /** A check id, "" for every check, or null for no listing. */
  cleanFlags: string | null;
}

export function syntheticListingOption(): SyntheticListing {
  const args = process.argv;
  const valueAfter = (option: string) => {
    const i = args.indexOf(option);
    return i < 0 ? null : (args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : "");
  };
  const misses = valueAfter("--synthetic-misses");
  if (misses !== null && !(PERTURBATION_TYPES as readonly string[]).includes(misses)) {
    throw new Error(`--synthetic-misses takes one of ${PERTURBATION_TYPES.join(", ")}, not "${misses}"`);
  }
  return { misses: misses as PerturbationType | null, cleanFlags: valueAfter("--clean-flags") };
}

/** Slips within a word: a flag on one should suggest the word as it was. */
const SLIP_TYPES: readonly PerturbationType[] = ["misspelled", "char_removed"];

/** Whether some flag's suggestion, put in place of what it flags, gives back the clean sentence. */
const restoresClean = (clean: string, perturbed: string, flags: Finding[]) =>
  flags.some((f) => typeof f.suggestion === "string" && perturbed.slice(0, f.target.start) + f.suggestion + perturbed.slice(f.target.end) === clean);

/**
 * How many of the sample's perturbed copies are flagged where the error was injected (`onMiss` sees the others), and
 * of those caught, how many have a suggestion that restores the clean sentence.
 */
function recall(
  part: PartName,
  type: PerturbationType,
  sentences: MlqeSentence[],
  pool: Map<EntityShape, string[]>,
  onMiss?: (clean: string, perturbed: string, flags: Finding[], source: string) => void,
): { found: Figure; restored: Figure } {
  const random = seededRandom(`${part}:${type}`);
  let sampled = 0;
  let caught = 0;
  let restored = 0;
  for (const sentence of random.shuffled(sentences)) {
    const clean = sentence.postEdit;
    const perturbed = PERTURBATIONS[type]({ source: sentence.source, target: clean }, { random, entityPool: pool });
    if (perturbed === null || perturbed === clean) continue;
    sampled++;
    const flags = flagsOnPair(sentence.source, perturbed);
    if (isCaught(clean, perturbed, flags)) {
      caught++;
      if (restoresClean(clean, perturbed, flags)) restored++;
    } else onMiss?.(clean, perturbed, flags, sentence.source);
    if (sampled === SAMPLE_PER_TYPE) break;
  }
  return { found: share(caught, sampled), restored: share(restored, caught) };
}

const LETTER = /\p{L}/gu;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/gu;

/**
 * A post-edit in English: less than half of its letters Cyrillic. A few MLQE-PE post-edits (33 of the tuning part's,
 * none of the check part's) are the Russian source left as it was; an untranslated flag there is right, not a false
 * alarm, so they are left out of the clean rate (they still carry perturbations, to keep the samples stable).
 */
function isEnglish(text: string): boolean {
  return (text.match(CYRILLIC_LETTER)?.length ?? 0) * 2 < (text.match(LETTER)?.length ?? 0);
}

function cleanRate(sentences: MlqeSentence[], onFlags?: (source: string, text: string, flags: Finding[]) => void): FlagRate {
  return tallyCleanFlags(
    sentences.filter(({ postEdit }) => isEnglish(postEdit)).map(({ source, postEdit }) => {
      const flags = flagsOnPair(source, postEdit);
      onFlags?.(source, postEdit, flags);
      return { text: postEdit, flags };
    }),
  );
}

/** A missed perturbation of the tuning part: the changed words before → after, in the perturbed sentence. */
function printMiss(clean: string, perturbed: string, flags: Finding[], source = ""): void {
  const [start, end] = changedSpan(clean, perturbed);
  const [cleanStart, cleanEnd] = changedSpan(perturbed, clean);
  const others = flags.length ? `   (other flags: ${flags.map((f) => `${f.check} “${f.target.text}”`).join(", ")})` : "";
  console.log(`${clean.slice(cleanStart, cleanEnd)} → ${perturbed.slice(start, end)}   | ${perturbed}${others}\n   RU: ${source}`);
}

/** A false flag on a clean post-edit of the tuning part, with its message and the source. */
function printCleanFlags(check: string) {
  return (source: string, text: string, flags: Finding[]) => {
    for (const f of flags.filter((f) => check === "" || f.check === check)) {
      console.log(`${f.check} “${f.target.text}”${f.suggestion ? ` → “${f.suggestion}”` : ""}   | ${text}\n   (${f.message})\n   RU: ${source}`);
    }
  };
}

export function synthetic(listing: SyntheticListing = { misses: null, cleanFlags: null }): void {
  const sentences = Object.fromEntries(PARTS.map((part) => [part, cleanSentences(part)])) as Record<PartName, MlqeSentence[]>;
  const pools = Object.fromEntries(PARTS.map((part) => [part, entityPool(sentences[part])])) as Record<PartName, Map<EntityShape, string[]>>;
  for (const type of PERTURBATION_TYPES) {
    const listMisses = listing.misses === type;
    if (listMisses) console.log(`Missed ${type} perturbations of the tuning part (clean → perturbed | sentence):`);
    const [tuning, check] = PARTS.map((part) =>
      recall(part, type, sentences[part], pools[part], listMisses && part === "tuning" ? printMiss : undefined),
    );
    if (listMisses) console.log();
    addRow({ metric: `Synthetic recall: ${type}`, tuning: tuning.found, check: check.found, target: DEMETR_TARGETS[type], rate: true });
    if (SLIP_TYPES.includes(type)) addRow({ metric: `  ${type} caught with the word as it was suggested`, tuning: tuning.restored, check: check.restored, rate: true });
  }
  if (listing.cleanFlags !== null) console.log(`Flags on clean post-edits of the tuning part${listing.cleanFlags ? ` (${listing.cleanFlags})` : ""}:`);
  const [tuning, check] = PARTS.map((part) =>
    cleanRate(sentences[part], listing.cleanFlags !== null && part === "tuning" ? printCleanFlags(listing.cleanFlags) : undefined),
  );
  if (listing.cleanFlags !== null) console.log();
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
  const checkIds = [...new Set([...tuning.byCheck.keys(), ...check.byCheck.keys()])].sort();
  for (const id of checkIds) {
    const ofCheck = perThousand((rate) => rate.byCheck.get(id) ?? 0);
    addRow({ metric: `    Synthetic clean post-edits: ${id}`, tuning: ofCheck(tuning), check: ofCheck(check) });
  }
}
