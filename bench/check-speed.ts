/**
 * Speed of the checks: the seed pair end to end (segment, align, all checks) warm, all 107 WMT21 documents, the
 * dictionary load once per process, and peak memory. Shared by `npm run bench:checks` and `npm run bench:names`.
 * Reads ../shared.
 */
import { alignTexts } from "@/lib/align";
import { runChecks } from "@/lib/checks";
import { starterGlossary } from "@/lib/glossary";
import { preloadDictionaries } from "@/lib/lexicon";
import { seedPair, wmtDocuments } from "./data";

const WARM_RUNS = 20;
const MB = 1024 * 1024;

export type BenchRow = [metric: string, value: string, goal: string, met: boolean | null];

function analyse(source: string, target: string) {
  return runChecks(alignTexts(source, target, { sourceLang: "ru", targetLang: "en" }), starterGlossary);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** Runs the checks on the seed pair and WMT21 and returns the figures as rows, and a note on the slowest checks. */
export function checkSpeed(): { rows: BenchRow[]; note: string } {
  let peakRss = process.memoryUsage().rss;
  const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const dictionaryMs = preloadDictionaries();
  const { source, target } = seedPair();
  const firstMs = time(() => analyse(source, target));
  const warm: number[] = [];
  const checkMs = new Map<string, number[]>();
  for (let i = 0; i < WARM_RUNS; i++) {
    let stats: ReturnType<typeof analyse>["stats"] | undefined;
    warm.push(time(() => (stats = analyse(source, target).stats)));
    for (const [id, { ms }] of Object.entries(stats!.checks)) checkMs.set(id, [...(checkMs.get(id) ?? []), ms]);
    sampleMemory();
  }
  const documents = wmtDocuments();
  // The process's own CPU time beside the wall time: on a loaded machine the wall time says more of the load.
  const cpuBefore = process.cpuUsage();
  const wmtMs = time(() => {
    for (const doc of documents) {
      analyse(doc.source.join("\n"), doc.references.A.join("\n"));
      sampleMemory();
    }
  });
  const wmtCpuMs = process.cpuUsage(cpuBefore).user / 1000;
  const seedMedian = median(warm);
  // Medians of the warm runs: one run's figure is mostly a pause of the machine or the collector's. A check is
  // charged for the analyses it is the first to ask for (glued-word: the names analysis, which the name checks share).
  const slowest = [...checkMs].map(([id, ms]) => [id, median(ms)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
  return {
    rows: [
      ["dictionaries loaded once (en-US + en-GB)", `${dictionaryMs.toFixed(0)} ms`, "< 1000 ms", dictionaryMs < 1000],
      [`seed pair end to end, warm median of ${WARM_RUNS}`, `${seedMedian.toFixed(1)} ms`, "< 100 ms", seedMedian < 100],
      [`all ${documents.length} WMT21 documents (ref.A)`, `${wmtMs.toFixed(0)} ms`, "< 2000 ms", wmtMs < 2000],
      ["peak RSS", `${(peakRss / MB).toFixed(0)} MB`, "< 400 MB", peakRss < 400 * MB],
    ],
    note: `WMT21 run, CPU time of the process (user, all threads): ${wmtCpuMs.toFixed(0)} ms; seed pair, first (cold) run: ${firstMs.toFixed(0)} ms; slowest checks, warm medians: ${slowest.map(([id, ms]) => `${id} ${ms} ms`).join(", ")}`,
  };
}

export function printRows(rows: BenchRow[]): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [metric, value, goal, met] of rows) {
    console.log(`${metric.padEnd(width)}  ${value.padStart(9)}  ${goal.padEnd(10)} ${met === null ? "" : met ? "✓" : "✗"}`);
  }
}
