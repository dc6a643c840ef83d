/**
 * Export speed and memory (`npm run bench:export [-- --articles 1000]`), on a throwaway SQLite database (or
 * DATABASE_URL): synthetic articles from the WMT21 ru→en documents (bench/scale/articles.ts, which gives one in 5 an
 * approved correction without sentences), each with one approved correction of its first paragraph, then
 *  1. XLIFF 2.0 of every article, one by one as GET /api/articles/:id/export does: cold (the alignment is computed
 *     and cached on first export, as for articles from before the cache) and warm;
 *  2. XLIFF 1.2 of every article, warm;
 *  3. TMX of every approved correction for the date range, page by page, as GET /api/exports/corrections.tmx does;
 *  4. the corrections as CSV, page by page.
 * Prints time, articles per second, output size and peak memory (the largest V8 heap, sampled after each file, and the
 * process's maximum RSS so far).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = process.argv.indexOf("--articles");
const ARTICLES = at > 0 ? Number(process.argv[at + 1]) : 1000;
if (!Number.isInteger(ARTICLES) || ARTICLES < 1 || ARTICLES > 20_000) throw new Error("--articles takes a count from 1 to 20,000");

if (!process.env.DATABASE_URL) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-bench-export-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
}
execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "deploy"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: process.env });

const { getDb, enableWal } = await import("@/lib/db");
const { createUser } = await import("@/lib/users");
const { exportArticle, exportCorrections, exportRangeSchema, exportTmx } = await import("@/lib/formats");
const { insertArticles, readDocuments } = await import("./scale/articles");

const db = getDb();
await enableWal(db);
const [author, editor] = await Promise.all(
  (["REVIEWER", "EDITOR"] as const).map((role) => createUser({ email: `export-bench-${role.toLowerCase()}@errata.test`, password: "export-bench-password", role }, { db })),
);

let started = performance.now();
await insertArticles(db, readDocuments(), 0, ARTICLES, author.id);
// One approved correction per article, on its first paragraph (one WMT segment: the first source paragraph is its
// original), as approveCorrection stores them: the changed sentences with their aligned original.
const articles = await db.article.findMany({ select: { id: true, sourceText: true, revisions: { select: { text: true } } }, orderBy: { id: "asc" } });
const decidedAt = new Date();
for (let i = 0; i < articles.length; i += 200) {
  await db.correction.createMany({
    data: articles.slice(i, i + 200).map((article) => {
      const before = article.revisions[0].text.split("\n\n")[0];
      const source = article.sourceText.split("\n\n")[0];
      return { articleId: article.id, baseRevision: 1, patch: "", category: "Accuracy/Mistranslation", severity: "minor", status: "APPROVED" as const, authorId: author.id, decidedById: editor.id, decidedAt, edits: [{ start: 0, end: before.length, before, after: `${before} (corrected)`, source }] };
    }),
  });
}
const seeded = (performance.now() - started) / 1000;

// Sampled after each file rather than on a timer: the exports run in microtasks that leave no turn to timers.
let heapPeak = 0;
const sampleHeap = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function phase(name: string, run: () => Promise<number>) {
  global.gc?.();
  heapPeak = process.memoryUsage().heapUsed;
  const heapBefore = heapPeak;
  started = performance.now();
  const bytes = await run();
  const seconds = (performance.now() - started) / 1000;
  console.log(`${name.padEnd(34)} ${`${seconds.toFixed(2)} s`.padStart(9)} ${`${((ARTICLES / seconds) | 0).toLocaleString("en")}/s`.padStart(9)} ${mb(bytes).padStart(10)} out  heap peak ${mb(heapPeak)} (+${mb(heapPeak - heapBefore)})  max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

async function eachArticle(format: "xliff2" | "xliff12") {
  let bytes = 0;
  for (const article of articles) {
    bytes += Buffer.byteLength((await exportArticle(article.id, format))!.body);
    sampleHeap();
  }
  return bytes;
}

async function everyPage(exportPage: (page: number) => Promise<{ body: string; nextPage?: number | null }>) {
  let bytes = 0;
  for (let page: number | null | undefined = 1; page; ) {
    const file = await exportPage(page);
    bytes += Buffer.byteLength(file.body);
    sampleHeap();
    page = file.nextPage;
  }
  return bytes;
}

const day = decidedAt.toISOString().slice(0, 10);
console.log(`bench:export — ${ARTICLES.toLocaleString("en")} WMT21 articles with one approved correction each (seeded in ${seeded.toFixed(1)} s), SQLite (WAL)`);
await phase("XLIFF 2.0 per article, cold", () => eachArticle("xliff2"));
await phase("XLIFF 2.0 per article, warm", () => eachArticle("xliff2"));
await phase("XLIFF 1.2 per article, warm", () => eachArticle("xliff12"));
await phase("TMX, date range, all pages", () => everyPage((page) => exportTmx(exportRangeSchema.parse({ from: day, to: day, page }), { sourceLang: "ru", targetLang: "en" })));
await phase("corrections CSV, date range", () => everyPage((page) => exportCorrections(exportRangeSchema.parse({ from: day, to: day, page }), "csv")));
process.exit(0);
