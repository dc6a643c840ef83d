/**
 * Hand-made articles, NAME.ru.txt, NAME.en.txt and NAME.key.json, on both parts: bench/fresh-articles-tuning/ is
 * the tuning part (looked at while improving the checks), bench/fresh-articles/ the check part (written after the
 * checks and never read while tuning). The key lists the planted errors (the occurrence-th match of `text` in the
 * English, to be flagged by one of `checks`) and spellings that must not be flagged.
 * `--fresh-articles DIR` reads another folder as the check part (to try the loader on an example without touching
 * the real one); `--fresh-misses` lists the tuning part's missed errors and wrong flags.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { alignTexts } from "@/lib/align";
import { runChecks } from "@/lib/checks";
import { starterGlossary } from "@/lib/glossary";
import { ROOT } from "../data";
import { countWords, overlaps, perThousandWords, type Finding } from "./flags";
import { PARTS, type PartName } from "./parts";
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

function articlesFolder(part: PartName): string {
  if (part === "tuning") return path.join(ROOT, "bench/fresh-articles-tuning");
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

/** Counts by check id: planted errors by the first check their key names, found of them; wrong flags by the check raising them. */
type Tally = Map<string, { found: number; of: number }>;

interface ArticleScore {
  byClass: Tally;
  wrongBy: Tally;
  planted: number;
  found: number;
  spellings: number;
  spellingsFlagged: number;
  words: number;
  otherFlags: number;
  /** For `--fresh-misses`: one line per missed error, wrong flag and flag off the planted errors. */
  notes: string[];
}

const describeFlag = (flag: Finding) => `${flag.check} “${flag.target.text}” (${flag.message})`;

function score(article: Article): ArticleScore {
  const aligned = alignTexts(article.source, article.target, { sourceLang: "ru", targetLang: "en" });
  const { flags } = runChecks(aligned, starterGlossary);
  const planted = article.key.errors.map(({ text, occurrence, checks }) => {
    const start = matchesOf(article, text)[occurrence - 1];
    if (start === undefined) throw new Error(`${article.name}.key.json: "${text}" occurs fewer than ${occurrence} times`);
    return { text, start, end: start + text.length, checks };
  });
  const found = planted.filter(({ start, end, checks }) => flags.some((flag) => checks.includes(flag.check) && overlaps(flag, start, end)));
  const notes: string[] = [];
  for (const error of planted.filter((e) => !found.includes(e))) {
    const near = flags.filter((flag) => overlaps(flag, error.start, error.end)).map(describeFlag);
    notes.push(`${article.name}: missed ${error.checks.join("/")} “${error.text}”${near.length ? `; flagged instead: ${near.join("; ")}` : ""}`);
  }
  const byClass: Tally = new Map();
  for (const error of planted) count(byClass, error.checks[0], found.includes(error));
  const wrongBy: Tally = new Map();
  let spellingsFlagged = 0;
  for (const spelling of article.key.mustNotFlag) {
    const wrong = matchesOf(article, spelling).flatMap((start) => flags.filter((flag) => overlaps(flag, start, start + spelling.length)));
    for (const flag of wrong) {
      count(wrongBy, flag.check, true);
      notes.push(`${article.name}: official spelling “${spelling}” flagged: ${describeFlag(flag)}`);
    }
    if (wrong.length > 0) spellingsFlagged++;
  }
  const otherFlags = flags.filter((flag) => !planted.some(({ start, end }) => overlaps(flag, start, end)));
  notes.push(...otherFlags.map((flag) => `${article.name}: flag off the planted errors: ${describeFlag(flag)}`));
  return {
    byClass,
    wrongBy,
    planted: planted.length,
    found: found.length,
    spellings: article.key.mustNotFlag.length,
    spellingsFlagged,
    words: countWords(article.target),
    otherFlags: otherFlags.length,
    notes,
  };
}

function count(tally: Tally, check: string, hit: boolean): void {
  const entry = tally.get(check) ?? { found: 0, of: 0 };
  entry.of++;
  if (hit) entry.found++;
  tally.set(check, entry);
}

const NUMBERS = ["planted", "found", "spellings", "spellingsFlagged", "words", "otherFlags"] as const;

/** "name-case 7/10, non-word 8/9": the aggregate only, so the check part's articles stay unread while tuning. */
const describe = (tally: Tally, withTotals: boolean) =>
  [...tally].sort((a, b) => b[1].of - a[1].of).map(([check, { found, of }]) => `${check} ${withTotals ? `${found}/${of}` : of}`).join(", ");

function scorePart(part: PartName): { articles: number; total: ArticleScore } {
  const articles = readArticles(articlesFolder(part));
  const total: ArticleScore = { byClass: new Map(), wrongBy: new Map(), planted: 0, found: 0, spellings: 0, spellingsFlagged: 0, words: 0, otherFlags: 0, notes: [] };
  for (const articleScore of articles.map(score)) {
    for (const field of NUMBERS) total[field] += articleScore[field];
    for (const [check, { found, of }] of articleScore.byClass) for (let i = 0; i < of; i++) count(total.byClass, check, i < found);
    for (const [check, { of }] of articleScore.wrongBy) for (let i = 0; i < of; i++) count(total.wrongBy, check, true);
    total.notes.push(...articleScore.notes);
  }
  return { articles: articles.length, total };
}

export function freshArticles(): void {
  const parts = Object.fromEntries(PARTS.map((part) => [part, scorePart(part)])) as Record<PartName, ReturnType<typeof scorePart>>;
  const cell = <T>(part: PartName, value: (total: ArticleScore) => T) => (parts[part].articles > 0 ? value(parts[part].total) : null);
  const both = <T>(value: (total: ArticleScore) => T) => ({ tuning: cell("tuning", value), check: cell("check", value) });
  const label = `Fresh articles (${parts.tuning.articles} + ${parts.check.articles})`;
  for (const part of PARTS) {
    if (parts[part].articles === 0) continue;
    const { byClass, wrongBy } = parts[part].total;
    console.log(`Fresh articles (${part}), found by class: ${describe(byClass, true)}`);
    console.log(`Fresh articles (${part}), flags on official spellings by check: ${describe(wrongBy, false) || "none"}`);
  }
  addRow({ metric: `${label}: planted errors found`, ...both((t) => share(t.found, t.planted)), rate: true });
  addRow({ metric: `${label}: official spellings wrongly flagged`, ...both((t) => `${t.spellingsFlagged} of ${t.spellings}`) });
  addRow({
    metric: `${label}: flags per 1,000 words off planted errors`,
    ...both((t) => ({ value: perThousandWords(t.otherFlags, t.words), detail: `${t.otherFlags} flags` })),
  });
  if (process.argv.includes("--fresh-misses")) console.log(`\n${parts.tuning.total.notes.join("\n")}\n`);
}
