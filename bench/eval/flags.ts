/** What every section shares: running the checks on a sentence pair, and telling where a flag lands. */
import { runChecks, type Finding } from "@/lib/checks";
import { starterGlossary } from "@/lib/glossary";
import { alignedAsOneGroup } from "../data";

export type { Finding };

/** The checks on one sentence pair, aligned as one group (the pairs are 1:1 whatever the segmenter says). */
export const flagsOnPair = (source: string, target: string): Finding[] =>
  runChecks(alignedAsOneGroup(source, target), starterGlossary).flags;

export const overlaps = (flag: Finding, start: number, end: number) => flag.target.start < end && flag.target.end > start;

/** Name checks are counted apart on clean text: a wrongly flagged official spelling is the costliest false alarm. */
export const isNameCheck = (flag: Finding) => flag.check.startsWith("name-");

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The words of `after` that differ from `before` (common prefix and suffix removed), widened to whole words. */
export function changedSpan(before: string, after: string): [number, number] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before.at(-1 - suffix) === after.at(-1 - suffix)) suffix++;
  let start = prefix;
  let end = after.length - suffix;
  while (start > 0 && /\S/.test(after[start - 1])) start--;
  while (end < after.length && /\S/.test(after[end])) end++;
  return [start, Math.max(end, start + 1)];
}

/** Whether some flag on the perturbed sentence touches what the perturbation changed. */
export function isCaught(clean: string, perturbed: string, flags: Finding[]): boolean {
  const [start, end] = changedSpan(clean, perturbed);
  return flags.some((flag) => overlaps(flag, start, end));
}

export interface FlagRate {
  sentences: number;
  words: number;
  flags: number;
  nameFlags: number;
  /** Flags by check id: which check the false alarms come from. */
  byCheck: Map<string, number>;
}

/** Adds up flags on texts that are correct, so every flag is a false alarm. */
export function tallyCleanFlags(texts: Array<{ text: string; flags: Finding[] }>): FlagRate {
  const rate: FlagRate = { sentences: 0, words: 0, flags: 0, nameFlags: 0, byCheck: new Map() };
  for (const { text, flags } of texts) {
    rate.sentences++;
    rate.words += countWords(text);
    rate.flags += flags.length;
    rate.nameFlags += flags.filter(isNameCheck).length;
    for (const { check } of flags) rate.byCheck.set(check, (rate.byCheck.get(check) ?? 0) + 1);
  }
  return rate;
}

export const perThousandWords = (count: number, words: number) => (words === 0 ? 0 : (1000 * count) / words);
