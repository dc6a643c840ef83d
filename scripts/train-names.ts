// npm run train:names
// Trains the name transliteration model and builds the attested-spellings lexicon from the Wikidata name pairs in
// ../shared/data/netransliteration-ru/wd_russian_64.tsv (Merhav & Ash, COLING 2018; the check file
// wd_russian_16.tsv is left for `npm run bench:names`). Deterministic: the same data gives the same files.
// Writes lib/translit/data/name-model.json, name-sequences.json and name-lexicon.json, which are committed, so that a user's
// `npm install && npm start` needs no training and no ../shared. Takes about five minutes.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildLexicon, DEFAULT_NAME_MODEL_TRAINING, readNamePairs, trainNameModel } from "@/lib/translit/name-model";

const DATA = path.resolve("../shared/data/netransliteration-ru");
const TRAIN = path.join(DATA, "wd_russian_64.tsv");
const OUTPUT = path.resolve("lib/translit/data");
const SOURCE =
  "Trained by `npm run train:names` on NETransliteration wd_russian_64.tsv (Wikidata person-name tokens, English ↔ Russian; " +
  "Merhav & Ash, COLING 2018; steveash/NETransliteration-COLING2018 @ 5d5f59e, MIT licence, Copyright 2018 Amazon.com)";

if (!existsSync(TRAIN)) {
  console.error(`train:names reads ${TRAIN} (the shared data folder beside the project); not found.`);
  process.exit(1);
}
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const pairs = readNamePairs(readFileSync(TRAIN, "utf8"));
console.log(`${pairs.length} pairs from ${path.relative(process.cwd(), TRAIN)}`);
const { model, sequences } = trainNameModel(pairs, { ...DEFAULT_NAME_MODEL_TRAINING, source: SOURCE, log: (message) => console.log(`[${elapsed()}] ${message}`) });
const write = (file: string, data: unknown) => {
  const json = JSON.stringify(data);
  writeFileSync(path.join(OUTPUT, file), `${json}\n`);
  console.log(`wrote lib/translit/data/${file} (${(json.length / 1e6).toFixed(2)} MB)`);
};
write("name-model.json", model);
write("name-sequences.json", sequences);
write("name-lexicon.json", buildLexicon(pairs, SOURCE));
console.log(`done in ${elapsed()}`);
