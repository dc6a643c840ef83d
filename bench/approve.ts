/**
 * Approval speed and concurrency (`npm run bench:approve`), on a throwaway SQLite database (or DATABASE_URL):
 *  1. applying an approved correction to a 5,000-word article — patch by context, checks re-run, new revision
 *     with its alignment and flags, all in approveCorrection — timed over several corrections (goal < 200 ms);
 *  2. 100 approvals fired at once on 100 distinct articles: no error, and exactly one new revision each.
 * The long article is the seed pair from ../shared (twice) plus the demo articles; prints the figures.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEED = path.resolve(ROOT, "../shared/seed/kazakhstan-2022-01-14");
const DEMO = path.join(ROOT, "prisma/demo/articles");
const WARM_UP = 5;
const TIMED_APPROVALS = 20;
const CONCURRENT = 100;
const LONG_WORDS = 5000;

if (!process.env.DATABASE_URL) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-bench-approve-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
}
execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "deploy"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: process.env });

const { getDb, enableWal } = await import("@/lib/db");
const { importArticle } = await import("@/lib/import");
const { loadStarterGlossaryOnce } = await import("@/lib/glossary/load-starter");
const { createUser } = await import("@/lib/users");
const { approveCorrection, createCorrection } = await import("@/lib/corrections");
const { countWords } = await import("@/lib/text");
const { analyzeTranslation } = await import("@/lib/analysis");
const { loadGlossary } = await import("@/lib/glossary/repository");

const read = (file: string) => fs.readFileSync(file, "utf8").trim();
const demoNames = fs.readdirSync(DEMO).filter((f) => f.endsWith(".en.txt")).map((f) => f.replace(/\.en\.txt$/, ""));

/** The seed pair twice, then demo articles until the translation has 5,000 words. */
function longPair() {
  const sources = [`${SEED}`, `${SEED}`];
  const words = () => sources.reduce((sum, file) => sum + countWords(read(`${file}.en.txt`)), 0);
  for (let i = 0; words() < LONG_WORDS; i++) sources.push(path.join(DEMO, demoNames[i % demoNames.length]));
  const side = (lang: string) => sources.map((file, i) => `${read(`${file}.${lang}.txt`)}\n\n${lang === "ru" ? "Часть" : "Part"} ${i + 1}.`).join("\n\n");
  return { source: side("ru"), target: side("en") };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** A correction of one word in the current text (the n-th "the" → "The" is enough to make a real patch). */
async function wordCorrection(user: Awaited<ReturnType<typeof createUser>>, articleId: string, nth: number) {
  const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  const { text } = await getDb().revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: article.currentRevision } } });
  const hits = [...text.matchAll(/\bthe\b/g)];
  const at = hits[(nth * 37) % hits.length].index!;
  return createCorrection({ ...user, name: null }, { articleId, baseRevision: article.currentRevision, change: { kind: "edit", start: at, end: at + 3, text: "that" } });
}

async function main() {
  const db = getDb();
  await enableWal(db);
  await loadStarterGlossaryOnce(db);
  const reviewer = await createUser({ email: "bench-reviewer@errata.test", role: "REVIEWER", password: "bench-password-1" });
  const editor = await createUser({ email: "bench-editor@errata.test", role: "EDITOR", password: "bench-password-1" });
  const editorUser = { ...editor, name: null };

  // 1. One long article, corrections approved one after another.
  const pair = longPair();
  const long = await importArticle({ title: "Bench: long article", ...pair }, { actorId: reviewer.id });
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + TIMED_APPROVALS; i++) {
    const correction = await wordCorrection(reviewer, long.id, i);
    const started = performance.now();
    const result = await approveCorrection(editorUser, { correctionId: correction.id });
    const elapsed = performance.now() - started;
    if (result.status !== "APPROVED") throw new Error(`correction ${i} was not approved: ${result.status}`);
    if (i >= WARM_UP) times.push(elapsed); // the first ones load the dictionaries and warm up the JIT
  }
  const words = countWords(pair.target);
  console.log(`Approve on a ${words.toLocaleString("en")}-word article (patch + checks + revision), ${times.length} runs after ${WARM_UP} warm-up:`);
  console.log(`  median ${percentile(times, 50).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms  (goal < 200 ms)`);
  // Of which the checks (issue 3's analysis: align + every check), timed alone on the same text.
  const glossary = await loadGlossary(db, "ru", "en");
  const checks: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    analyzeTranslation({ sourceText: pair.source, targetText: pair.target, sourceLang: "ru", targetLang: "en" }, glossary);
    checks.push(performance.now() - started);
  }
  console.log(`  of which aligning and running the checks alone: median ${percentile(checks, 50).toFixed(1)} ms`);

  // 2. 100 articles, one pending correction each, all approved at once.
  const ids: string[] = [];
  for (let i = 0; i < CONCURRENT; i++) {
    const name = demoNames[i % demoNames.length];
    const target = `${read(path.join(DEMO, `${name}.en.txt`))}\n\nBench copy ${i}.`;
    const imported = await importArticle({ title: `Bench ${i}`, source: `${read(path.join(DEMO, `${name}.ru.txt`))}\n\nКопия ${i}.`, target }, { actorId: reviewer.id });
    ids.push((await wordCorrection(reviewer, imported.id, i)).id);
  }
  const started = performance.now();
  const outcomes = await Promise.allSettled(ids.map((correctionId) => approveCorrection(editorUser, { correctionId })));
  const wall = performance.now() - started;
  const errors = outcomes.filter((o) => o.status === "rejected");
  const approved = outcomes.filter((o) => o.status === "fulfilled" && o.value.status === "APPROVED").length;
  const corrections = await db.correction.findMany({ where: { id: { in: ids } }, select: { articleId: true, status: true, resultRevision: { select: { number: true } } } });
  const revisionCounts = await db.revision.groupBy({ by: ["articleId"], where: { articleId: { in: corrections.map((c) => c.articleId) } }, _count: { _all: true } });
  const lost = corrections.filter((c) => c.status !== "APPROVED" || c.resultRevision?.number !== 2).length;
  const wrongCounts = revisionCounts.filter((r) => r._count._all !== 2).length;
  console.log(`${CONCURRENT} concurrent approvals on distinct articles: ${approved} approved, ${errors.length} errors, ${lost} lost or misnumbered revisions, ${wrongCounts} articles without exactly 2 revisions; wall ${(wall / 1000).toFixed(2)} s`);
  for (const error of errors.slice(0, 3)) console.log(`  error: ${(error as PromiseRejectedResult).reason}`);
  await db.$disconnect();
  if (errors.length || lost || wrongCounts || approved !== CONCURRENT) process.exitCode = 1;
}

await main();
