/**
 * Hand-made articles (check side only): in bench/fresh-articles/, NAME.ru.txt, NAME.en.txt and NAME.key.json,
 * written after the checks, so nothing was tuned on them. The key lists the planted errors (the occurrence-th
 * match of `text` in the English, to be flagged by one of `checks`) and spellings that must not be flagged.
 * `--fresh-articles DIR` reads another folder (to try the loader on an example without touching the real one).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { alignTexts } from "@/lib/align";
import { runChecks } from "@/lib/checks";
import { starterGlossary } from "@/lib/glossary";
import { ROOT } from "../data";
import { countWords, overlaps, perThousandWords } from "./flags";
import { addRow, share } from "./table";

const KEY_SCHEMA = z.object({
  errors: z.array(
    z.object({ text: z.string().min(1), occurrence: z.number().int().min(1).default(1), checks: z.array(z.string()).min(1) }),
  ),
  mustNotFlag: z.array(z.string().min(1)).default([]),
});

interface Article {
  name: string;
  source: string;
  target: string;
  key: z.infer<typeof KEY_SCHEMA>;
}

function articlesFolder(): string {
  const flag = process.argv.indexOf("--fresh-articles");
  return flag >= 0 ? path.resolve(process.argv[flag + 1]) : path.join(ROOT, "bench/fresh-articles");
}

function readArticles(folder: string): Article[] {
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder).filter((file) => file.endsWith(".key.json")).map((file) => file.slice(0, -".key.json".length));
  return names.sort().map((name) => {
    const read = (suffix: string) => readFileSync(path.join(folder, `${name}.${suffix}`), "utf8");
    const key = KEY_SCHEMA.safeParse(JSON.parse(read("key.json")));
    if (!key.success) throw new Error(`${name}.key.json: ${z.prettifyError(key.error)}`);
    return { name, source: read("ru.txt"), target: read("en.txt"), key: key.data };
  });
}

/** Start offsets of every match of `text`; a key naming text the article lacks is a broken key. */
function matchesOf(article: Article, text: string): number[] {
  const starts: number[] = [];
  for (let at = article.target.indexOf(text); at >= 0; at = article.target.indexOf(text, at + 1)) starts.push(at);
  if (starts.length === 0) throw new Error(`${article.name}.key.json: "${text}" is not in ${article.name}.en.txt`);
  return starts;
}

interface ArticleScore {
  planted: number;
  found: number;
  spellings: number;
  spellingsFlagged: number;
  words: number;
  otherFlags: number;
}

function score(article: Article): ArticleScore {
  const aligned = alignTexts(article.source, article.target, { sourceLang: "ru", targetLang: "en" });
  const { flags } = runChecks(aligned, starterGlossary);
  const planted = article.key.errors.map(({ text, occurrence, checks }) => {
    const start = matchesOf(article, text)[occurrence - 1];
    if (start === undefined) throw new Error(`${article.name}.key.json: "${text}" occurs fewer than ${occurrence} times`);
    return { start, end: start + text.length, checks };
  });
  const found = planted.filter(({ start, end, checks }) => flags.some((flag) => checks.includes(flag.check) && overlaps(flag, start, end)));
  const spellingsFlagged = article.key.mustNotFlag.filter((spelling) =>
    matchesOf(article, spelling).some((start) => flags.some((flag) => overlaps(flag, start, start + spelling.length))),
  );
  const otherFlags = flags.filter((flag) => !planted.some(({ start, end }) => overlaps(flag, start, end)));
  return {
    planted: planted.length,
    found: found.length,
    spellings: article.key.mustNotFlag.length,
    spellingsFlagged: spellingsFlagged.length,
    words: countWords(article.target),
    otherFlags: otherFlags.length,
  };
}

export function freshArticles(): void {
  const articles = readArticles(articlesFolder());
  const total: ArticleScore = { planted: 0, found: 0, spellings: 0, spellingsFlagged: 0, words: 0, otherFlags: 0 };
  for (const articleScore of articles.map(score)) {
    for (const field of Object.keys(total) as Array<keyof ArticleScore>) total[field] += articleScore[field];
  }
  const any = articles.length > 0;
  const label = `Fresh articles (${articles.length})`;
  addRow({ metric: `${label}: planted errors found`, check: any ? share(total.found, total.planted) : null });
  addRow({ metric: `${label}: official spellings wrongly flagged`, check: any ? `${total.spellingsFlagged} of ${total.spellings}` : null });
  addRow({
    metric: `${label}: flags per 1,000 words off planted errors`,
    check: any ? { value: perThousandWords(total.otherFlags, total.words), detail: `${total.otherFlags} flags` } : null,
  });
}
