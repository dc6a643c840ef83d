// Long articles for the scale bench: 1,000 to 50,000 words of WMT21 newstest (the documents one after another,
// again from the first when they run out: the test set has about 19,000 words), with one open flag carrying a
// suggestion every 500 words and one reader report, written straight to the database. The workspace and the
// public page of each are timed beside /login, with the bytes each page sends.
import { randomUUID } from "node:crypto";
import { textCounts } from "@/lib/article-counts";
import { countWords } from "@/lib/text";
import type { Db } from "@/lib/db";
import type { Document } from "./articles";
import { measure, tableRow, TABLE_HEADER, type Measured, type Rounds } from "./measure";

export const LONG_ARTICLE_WORDS = [1_000, 5_000, 20_000, 50_000];
const FLAG_EVERY_WORDS = 500;
/** Fewer requests than the lists: a 50,000-word page is slow to build before this work. */
const ROUNDS: Rounds = { sequential: 10, connections: 8, perConnection: 3 };

/** Whole documents (Russian beside Online-G) until the translation has `words` words. */
export function longDocument(docs: Document[], words: number) {
  const source: string[] = [];
  const target: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const doc = docs[i % docs.length];
    source.push(doc.source);
    target.push(doc.targets["Online-G"]);
    count += countWords(doc.targets["Online-G"]);
  }
  return { source: source.join("\n\n"), target: target.join("\n\n"), words: count };
}

export async function insertLongArticle(db: Db, docs: Document[], words: number, importedById: string) {
  const { source, target, words: count } = longDocument(docs, words);
  const id = `long-${words}`;
  const title = `A ${words.toLocaleString("en")}-word article`;
  const wordSpans = [...target.matchAll(/\p{Lu}\p{Ll}+/gu)].filter((_, k, all) => k % Math.max(1, Math.round(all.length / (count / FLAG_EVERY_WORDS))) === 0);
  await db.article.create({
    data: {
      id, slug: id, title, sourceText: source, contentHash: randomUUID(), engine: "Online-G", importedById, ...textCounts(title, target), openFlagCount: wordSpans.length, openReportCount: 1,
      revisions: { create: { id: `${id}-r1`, number: 1, text: target, origin: "import", authorId: importedById } },
    },
  });
  await db.flag.createMany({
    data: wordSpans.map((match, k) => ({
      articleId: id, revisionId: `${id}-r1`, check: "bench", category: "accuracy", severity: "minor", message: "Synthetic flag",
      targetStart: match.index, targetEnd: match.index + match[0].length, targetText: match[0], suggestion: `${match[0]}s`, fingerprint: `${id}-${k}`,
    })),
  });
  const selection = wordSpans[0][0];
  const at = wordSpans[0].index;
  await db.report.create({ data: { articleId: id, revision: 1, selection, start: at, end: at + selection.length, contextBefore: target.slice(Math.max(0, at - 40), at), contextAfter: target.slice(at + selection.length, at + selection.length + 40), suggestion: `${selection}s`, comment: "Synthetic report", clientHash: `bench-${id}` } });
  return { id, words: count, targetBytes: Buffer.byteLength(target), sourceBytes: Buffer.byteLength(source) };
}

/** Inserts the long articles and returns their table: workspace and public page beside /login, with sizes. */
export async function measureLongArticles(db: Db, docs: Document[], importedById: string, base: string, cookie: string, sizes = LONG_ARTICLE_WORDS) {
  const articles = [];
  for (const words of sizes) articles.push(await insertLongArticle(db, docs, words, importedById));
  const lines = [`\nLong articles (${FLAG_EVERY_WORDS}-word spacing of open flags, one report) · sequential ${ROUNDS.sequential}, ${ROUNDS.connections}×${ROUNDS.perConnection} with 8 connections`, TABLE_HEADER];
  const login: Measured = await measure(`${base}/login`, {}, ROUNDS);
  lines.push(tableRow("/login", login, login));
  for (const article of articles) {
    const workspace = await measure(`${base}/review/articles/${article.id}`, { cookie }, ROUNDS);
    const page = await measure(`${base}/articles/${article.id}`, {}, ROUNDS);
    const ratio = (m: Measured) => `${(m.median / login.median).toFixed(1)}× /login median`;
    const size = (m: Measured, textBytes: number) => `${(m.bytes / textBytes).toFixed(2)}× its text`;
    lines.push(`  ${article.words.toLocaleString("en")} words: translation ${(article.targetBytes / 1024).toFixed(0)} KB, original ${(article.sourceBytes / 1024).toFixed(0)} KB`);
    lines.push(`${tableRow("    workspace", workspace, login)}   ${ratio(workspace)}, ${size(workspace, article.targetBytes + article.sourceBytes)}`);
    lines.push(`${tableRow("    public page", page, login)}   ${ratio(page)}, ${size(page, article.targetBytes)}`);
  }
  return lines;
}
