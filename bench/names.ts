/**
 * The name model on pairs it never saw (`npm run bench:names`): NETransliteration's check file wd_russian_16.tsv
 * (no Latin word of it is in the training file; Merhav & Ash, COLING 2018), then the speed of the checks with the
 * model loaded. Reads ../shared.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildLexicon, foldCyrillic, guessRates, measureAcceptance, measureGuessing, NAME_MODEL_DATA, NameLexicon, nameLexicon, nameModel, readNamePairs } from "@/lib/translit/name-model";
import { printRows, time, type BenchRow } from "./check-speed";
import { requireShared, SHARED } from "./data";

/** Pairs whose guesses are generated (generation takes milliseconds a word; scoring runs on every pair). */
const GUESS_SAMPLE = 5000;
const MB = 1024 * 1024;

requireShared();
const pairs = readNamePairs(readFileSync(path.join(SHARED, "data/netransliteration-ru/wd_russian_16.tsv"), "utf8"));
const loadMs = time(() => {
  nameModel();
  nameLexicon();
});
const model = nameModel();
const scoring = time(() => pairs.forEach((p) => model.score(p.russian, p.latin)));
const guessed = pairs.filter((_, i) => i % Math.floor(pairs.length / GUESS_SAMPLE) === 0).slice(0, GUESS_SAMPLE);
const acceptance = measureAcceptance(model, pairs);
const guessing = measureGuessing(model, guessed);
// The check file shares no Latin word with the training file: where its Russian word was in training, the true
// spelling is by construction one training never showed for that word, so a model that learned the training
// spellings puts them first. Both kinds are printed, and the lexicon's ranking (attested spellings of the training
// file first, then the model's) beside the model's: the committed lexicon also holds the check file, so it is
// rebuilt here from the training file alone.
const trainPairs = readNamePairs(readFileSync(path.join(SHARED, "data/netransliteration-ru/wd_russian_64.tsv"), "utf8"));
const trainedRussian = new Set(trainPairs.map((p) => foldCyrillic(p.russian)));
const trainLexicon = new NameLexicon(buildLexicon(trainPairs, "wd_russian_64.tsv"));
const unseen = measureGuessing(model, guessed.filter((p) => !trainedRussian.has(foldCyrillic(p.russian))));
const seen = measureGuessing(model, guessed.filter((p) => trainedRussian.has(foldCyrillic(p.russian))));
const withLexicon = guessRates(guessed, (russian) => [...new Set([...trainLexicon.spellingsOf(russian).map((s) => s.latin), ...model.spellings(russian, 5)])]);
const generating = time(() => guessed.slice(0, 500).forEach((p) => model.spellings(`${p.russian}ʼ`, 5)));
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const bytes = (file: string) => statSync(path.join(NAME_MODEL_DATA, file)).size / MB;

const rows: BenchRow[] = [
  [`true spelling accepted (all ${pairs.length} pairs)`, percent(acceptance.accepted), "≥ 98%", acceptance.accepted >= 0.98],
  ["  the same, pairs weighted by people bearing the name", percent(acceptance.acceptedByCount), "—", null],
  ["wrong name accepted (same first letter, length ±2)", percent(acceptance.falselyAccepted), "≤ 0.5%", acceptance.falselyAccepted <= 0.005],
  [`model's first guess from the Russian alone (${guessed.length} pairs)`, percent(guessing.top1), "≥ 55%", guessing.top1 >= 0.55],
  ["model's first five guesses", percent(guessing.top5), "≥ 80%", guessing.top5 >= 0.8],
  [`  first / first five, Russian word not in training (${unseen.pairs})`, `${percent(unseen.top1)} / ${percent(unseen.top5)}`, "—", null],
  [`  first / first five, Russian word in training (${seen.pairs}; never a training spelling)`, `${percent(seen.top1)} / ${percent(seen.top5)}`, "—", null],
  ["  training file's attested spellings first, then the model", `${percent(withLexicon.top1)} / ${percent(withLexicon.top5)}`, "—", null],
  ["scoring a pair", `${((1000 * scoring) / pairs.length).toFixed(1)} µs`, "≤ 50 µs", (1000 * scoring) / pairs.length <= 50],
  ["five guesses for a new word", `${(generating / 500).toFixed(2)} ms`, "—", null],
  ["model loaded (model + lexicon)", `${loadMs.toFixed(0)} ms`, "—", null],
  ["model size on disk (graphones + sequences + lexicon)", ["name-model.json", "name-sequences.json", "name-lexicon.json"].map((f) => bytes(f).toFixed(1)).join(" + ") + " MB", "—", null],
];
printRows(rows);
// In a process of their own, as the app runs them: this one also holds the check file's 26k pairs, the guesses and
// the training file read above, which no article analysis keeps, and which its peak RSS would count.
console.log("\nThe checks, with the model loaded (`npm run bench:checks`, in a process of its own):");
execFileSync(path.resolve("node_modules/.bin/tsx"), ["bench/checks.ts"], { stdio: "inherit" });
