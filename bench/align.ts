/**
 * Sentence-alignment quality and speed on WMT21 newstest ru-en, scored by ../shared/tools/align-score.py
 * against the Gale–Church anchor it ships. Run with `npm run bench:align`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { alignSentences, alignTexts, type Bead } from "@/lib/align";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = path.resolve(ROOT, "../shared");
const SCORER = path.join(SHARED, "tools/align-score.py");
const WMT = path.join(SHARED, "data/wmt21-newstest-ruen");
const OUT = path.join(ROOT, "bench/out/align");
const TARGETS = ["ref.A", "ref.B", "hyp.AFRL", "hyp.Online-G", "hyp.Online-Y"];
const VARIANTS = [
  { name: "plain", flags: [] as string[] },
  { name: "joined", flags: ["--joined"] },
];
const TIMING_RUNS = 10;
const LONG_ARTICLE_WORDS = 5000;

type BeadPair = [number[], number[]];

interface ExportedDocument {
  doc: string;
  src: string[];
  tgt: string[];
  gold: BeadPair[];
}

interface ScoreRow {
  label: string;
  f1: number;
  bead_acc: number;
}

function main(): void {
  if (!existsSync(SCORER) || !existsSync(WMT)) {
    console.error(`bench:align needs ${SCORER} and ${WMT} (the shared data folder beside the project); not found.`);
    process.exit(1);
  }
  const rows: string[][] = [];
  const joinedF1: { ours: number; anchor: number }[] = [];
  const plainF1: number[] = [];
  const timings: number[] = [];
  const missed: string[] = [];
  for (const target of TARGETS) {
    for (const variant of VARIANTS) {
      const folder = path.join(OUT, `${target}-${variant.name}`);
      mkdirSync(folder, { recursive: true });
      const documents = exportDocuments(target, variant.flags, folder);
      const { beads, seconds } = alignAll(documents);
      timings.push(seconds);
      const ours = path.join(folder, "errata.jsonl");
      const anchor = path.join(folder, "gale-church.jsonl");
      writeFileSync(ours, documents.map((d, k) => JSON.stringify({ doc: d.doc, beads: toPairs(beads[k]) })).join("\n") + "\n");
      missed.push(`${target} ${variant.name}: ${missedGoldShapes(documents, beads)}`);
      runScorer(["align", "--method", "gale-church", "--tgt", target, ...variant.flags, "--out", anchor]);
      const [our, gc] = score(target, variant.flags, ours, anchor);
      rows.push([target, variant.name, fixed(our.f1), fixed(our.bead_acc), fixed(gc.f1), fixed(gc.bead_acc), `${(seconds * 1000).toFixed(1)} ms`]);
      if (variant.name === "joined") joinedF1.push({ ours: our.f1, anchor: gc.f1 });
      else plainF1.push(our.f1);
    }
  }
  printTable(["file", "variant", "F1", "bead acc", "G–C F1", "G–C bead acc", "align 107 docs"], rows);
  console.log(`\ngold beads we miss, by shape (missed/all):\n  ${missed.join("\n  ")}`);
  printVerdict(joinedF1, plainF1, timings);
  timeLongArticle();
}

function exportDocuments(target: string, flags: string[], folder: string): ExportedDocument[] {
  runScorer(["export", "--tgt", target, ...flags, "--out", folder, "--with-gold"]);
  return readFileSync(path.join(folder, "sentences.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExportedDocument);
}

/** Aligns every document, timing the first (cold) pass of this process for the table. */
function alignAll(documents: ExportedDocument[]): { beads: Bead[][]; seconds: number } {
  const started = performance.now();
  const beads = documents.map((d) => alignSentences(d.src, d.tgt, { sourceLang: "ru", targetLang: "en" }));
  return { beads, seconds: (performance.now() - started) / 1000 };
}

function toPairs(beads: Bead[]): BeadPair[] {
  return beads.map((bead) => [bead.source, bead.target]);
}

/**
 * Gold beads not reproduced exactly, counted by shape ("2-2 3/3"), shapes with no miss left out.
 * WMT groups sentences by segment, so a 2-2 gold bead may hold two sentences that each have a
 * clean 1-1 translation: this line shows whether a loss is such a segment or a real mistake.
 */
function missedGoldShapes(documents: ExportedDocument[], beads: Bead[][]): string {
  const counts = new Map<string, { missed: number; all: number }>();
  documents.forEach((document, k) => {
    const predicted = new Set(toPairs(beads[k]).map((bead) => JSON.stringify(bead)));
    for (const bead of document.gold) {
      const shape = `${bead[0].length}-${bead[1].length}`;
      const count = counts.get(shape) ?? { missed: 0, all: 0 };
      count.all++;
      if (!predicted.has(JSON.stringify(bead))) count.missed++;
      counts.set(shape, count);
    }
  });
  const misses = [...counts].filter(([, c]) => c.missed > 0).map(([shape, c]) => `${shape} ${c.missed}/${c.all}`);
  return misses.join(", ") || "none";
}

function score(target: string, flags: string[], ours: string, anchor: string): ScoreRow[] {
  const output = runScorer(["score", "--tgt", target, ...flags, "--json", `errata=${ours}`, `gale-church=${anchor}`]);
  return (JSON.parse(output) as { rows: ScoreRow[] }).rows;
}

function runScorer(args: string[]): string {
  return execFileSync("python3", [SCORER, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function printVerdict(joined: { ours: number; anchor: number }[], plain: number[], timings: number[]): void {
  const minJoined = Math.min(...joined.map((r) => r.ours));
  const aheadEverywhere = joined.every((r) => r.ours > r.anchor);
  const plainMean = plain.reduce((a, b) => a + b, 0) / plain.length;
  const warm = median(repeatTiming());
  console.log(
    `\njoined F1 min ${fixed(minJoined)} (target ≥ 0.99) ${minJoined >= 0.99 ? "ok" : "MISSED"}; ` +
      `ahead of Gale–Church on every file: ${aheadEverywhere ? "yes" : "NO"}`,
  );
  console.log(`plain F1 mean ${fixed(plainMean)} (target ≥ 0.997) ${plainMean >= 0.997 ? "ok" : "MISSED"}`);
  console.log(
    `align 107 docs on one core: first pass ${ms(timings[0])}, warm median ${ms(warm)} over ${TIMING_RUNS} runs ` +
      `(target < 200 ms) ${Math.max(timings[0], warm) < 0.2 ? "ok" : "MISSED"}`,
  );
}

/** Warm timings of the whole corpus (ref.A, joined: the harder variant). */
function repeatTiming(): number[] {
  const documents = exportDocuments("ref.A", ["--joined"], path.join(OUT, "ref.A-joined"));
  return Array.from({ length: TIMING_RUNS }, () => alignAll(documents).seconds);
}

/** alignTexts (segmentation included) on an article of about 5,000 English words built from WMT segments. */
function timeLongArticle(): void {
  const source = readFileSync(path.join(WMT, "newstest2021.ru-en.src.ru"), "utf8").split("\n");
  const target = readFileSync(path.join(WMT, "newstest2021.ru-en.ref.A.en"), "utf8").split("\n");
  let words = 0;
  let count = 0;
  while (words < LONG_ARTICLE_WORDS && count < target.length) words += target[count++].split(/\s+/).length;
  const sourceText = source.slice(0, count).join("\n\n");
  const targetText = target.slice(0, count).join("\n\n");
  const runs = Array.from({ length: TIMING_RUNS }, () => {
    const started = performance.now();
    const aligned = alignTexts(sourceText, targetText, { sourceLang: "ru", targetLang: "en" });
    return { seconds: (performance.now() - started) / 1000, aligned };
  });
  const { aligned } = runs[0];
  console.log(
    `alignTexts on a ${words}-word article (${aligned.source.sentences.length} + ${aligned.target.sentences.length} sentences, ` +
      `${aligned.beads.length} beads): first ${ms(runs[0].seconds)}, warm median ${ms(median(runs.slice(1).map((r) => r.seconds)))}`,
  );
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

const fixed = (value: number) => value.toFixed(4);
const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

main();
