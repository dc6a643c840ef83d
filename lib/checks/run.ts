import type { AlignedText } from "@/lib/align/types";
import type { GlossaryEntry } from "@/lib/glossary";
import { createCheckContext } from "./context";
import { checks as registeredChecks } from "./registry";
import type { Check, Finding } from "./types";

export interface RunOptions {
  /** The checks to run; all registered checks by default. */
  checks?: readonly Check[];
}

export interface CheckTiming {
  flags: number;
  ms: number;
}

export interface RunStats {
  flags: number;
  sourceSentences: number;
  targetSentences: number;
  totalMs: number;
  checks: Record<string, CheckTiming>;
}

export interface RunResult {
  flags: Finding[];
  stats: RunStats;
}

/** Runs the checks over one aligned article: flags in reading order of the target, one per span and check. */
export function runChecks(
  aligned: AlignedText,
  glossary: readonly GlossaryEntry[] = [],
  options: RunOptions = {},
): RunResult {
  const started = performance.now();
  const context = createCheckContext(aligned, glossary);
  const timings: Record<string, CheckTiming> = {};
  // Each check's findings kept as its own list: spreading them into one push overflowed the stack at ~100,000 flags.
  const found: Finding[][] = [];
  for (const check of options.checks ?? registeredChecks) {
    const checkStarted = performance.now();
    const findings = check.run(context);
    timings[check.id] = { flags: findings.length, ms: round(performance.now() - checkStarted) };
    found.push(findings);
  }
  const flags = deduplicate(found.flat()).sort(byTargetPosition);
  return {
    flags,
    stats: {
      flags: flags.length,
      sourceSentences: aligned.source.sentences.length,
      targetSentences: aligned.target.sentences.length,
      totalMs: round(performance.now() - started),
      checks: timings,
    },
  };
}

function deduplicate(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.check}:${finding.target.start}:${finding.target.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byTargetPosition(a: Finding, b: Finding): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || a.check.localeCompare(b.check);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
