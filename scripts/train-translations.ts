// npm run train:translations
// Learns the word-translation table of lib/lexicon/word-translations.ts (IBM Model 1) from the tuning part's
// parallel text only: MLQE-PE dev and train lines 1–5000 (source with its post-edit) and the WMT21 news sources with
// both human references. MLQE-PE train lines 5001–7000, the check part, is never read. Deterministic: writes
// lib/lexicon/data/word-translations.json, which is committed, so that `npm install && npm start` needs no training.
// Reads ../shared; takes under a minute.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { mlqeItems, requireShared, wmtDocuments } from "../bench/data";
import { CHECK_FIRST_LINE } from "../bench/eval/parts";
import { englishWordsOf, russianLemmasOf, trainWordTranslations, WORD_TRANSLATIONS_FILE, type ParallelSentence } from "@/lib/lexicon/word-translations";

requireShared();
const sentences: ParallelSentence[] = [];
const add = (russian: string, english: string) => sentences.push({ russian: russianLemmasOf(russian), english: englishWordsOf(english) });
for (const item of [...mlqeItems("dev"), ...mlqeItems("train", 1, CHECK_FIRST_LINE - 1)]) add(item.source.join(" "), item.postEdit.join(" "));
for (const doc of wmtDocuments()) {
  doc.source.forEach((russian, i) => {
    add(russian, doc.references.A[i]);
    add(russian, doc.references.B[i]);
  });
}
const model = trainWordTranslations(sentences, {
  source: `Built by \`npm run train:translations\` (IBM Model 1) from ${sentences.length} sentence pairs: MLQE-PE ru-en dev and train 1–5000 post-edits, WMT21 newstest ru-en references A and B`,
  iterations: 6,
  minProbability: 0.01,
  minCount: 2,
});
const json = JSON.stringify(model);
writeFileSync(WORD_TRANSLATIONS_FILE, `${json}\n`);
console.log(`${sentences.length} sentence pairs, ${Object.keys(model.table).length} Russian lemmas; wrote ${path.relative(process.cwd(), WORD_TRANSLATIONS_FILE)} (${(json.length / 1e6).toFixed(2)} MB)`);
