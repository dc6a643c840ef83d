// npm run train:names [-- --lexicon-only | --held-out]
// Trains the name transliteration model on the Wikidata name pairs of
// ../shared/data/netransliteration-ru/wd_russian_64.tsv (Merhav & Ash, COLING 2018); the check file
// wd_russian_16.tsv is never seen by the model, so `npm run bench:names` measures it on names it never saw. The
// attested-spellings lexicon is built from both files: it is what the data shows, not a model to check, and the
// split put common spellings on either side (Andrei, Dmitry, Yuri are only in the check file).
// Deterministic: the same data gives the same files. Writes lib/translit/data/name-model.json, name-sequences.json
// and name-lexicon.json, which are committed, so that a user's `npm install && npm start` needs no training and no
// ../shared. Takes about five minutes (--lexicon-only: seconds). --held-out writes nothing: it trains on nine tenths of
// the training file and prints the figures on the tenth held out (by Latin word), where changes to the training are
// compared before the check file is read (about three minutes).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildLexicon, DEFAULT_NAME_MODEL_TRAINING, measureHeldOut, readNamePairs, trainNameModel } from "@/lib/translit/name-model";

const DATA = path.resolve("../shared/data/netransliteration-ru");
const TRAIN = path.join(DATA, "wd_russian_64.tsv");
const CHECK = path.join(DATA, "wd_russian_16.tsv");
const OUTPUT = path.resolve("lib/translit/data");
const SOURCE =
  "Built by `npm run train:names` from NETransliteration (Wikidata person-name tokens, English ↔ Russian; model: wd_russian_64.tsv, lexicon: both files; " +
  "Merhav & Ash, COLING 2018; steveash/NETransliteration-COLING2018 @ 5d5f59e, MIT licence, Copyright 2018 Amazon.com)";

if (!existsSync(TRAIN)) {
  console.error(`train:names reads ${TRAIN} (the shared data folder beside the project); not found.`);
  process.exit(1);
}
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const pairs = readNamePairs(readFileSync(TRAIN, "utf8"));
const checkPairs = readNamePairs(readFileSync(CHECK, "utf8"));
console.log(`${pairs.length} pairs from ${path.relative(process.cwd(), TRAIN)}, ${checkPairs.length} from ${path.relative(process.cwd(), CHECK)}`);
const write = (file: string, data: unknown) => {
  const json = JSON.stringify(data);
  writeFileSync(path.join(OUTPUT, file), `${json}\n`);
  console.log(`wrote lib/translit/data/${file} (${(json.length / 1e6).toFixed(2)} MB)`);
};
const settings = { ...DEFAULT_NAME_MODEL_TRAINING, source: SOURCE, log: (message: string) => console.log(`[${elapsed()}] ${message}`) };
if (process.argv.includes("--held-out")) {
  const { acceptance, guessing } = measureHeldOut(pairs, settings);
  const percent = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(`held out: true spelling accepted ${percent(acceptance.accepted)} of ${acceptance.pairs}, wrong name accepted ${percent(acceptance.falselyAccepted)}`);
  console.log(`held out: first guess ${percent(guessing.top1)}, first five ${percent(guessing.top5)} of ${guessing.pairs}`);
  process.exit(0);
}
if (!process.argv.includes("--lexicon-only")) {
  const { model, sequences } = trainNameModel(pairs, settings);
  write("name-model.json", model);
  write("name-sequences.json", sequences);
}
write("name-lexicon.json", buildLexicon([...pairs, ...checkPairs], SOURCE));
console.log(`done in ${elapsed()}`);
