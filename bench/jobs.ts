/**
 * Background jobs (`npm run bench:jobs`), on a throwaway SQLite database (or DATABASE_URL):
 *  1. how long starting a job takes (what the request that starts it waits for), median and p95 of 20;
 *  2. a re-run of the checks over N articles of real text (WMT21 ru→en documents, ../shared) as a job: items/s;
 *  3. the same articles re-checked by a plain loop over rerunChecks, then by the job again: the job's own cost per
 *     item (claim, progress saved after each item, heartbeat) is the difference.
 * Prints the figures; no goal is asserted.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100);
const STARTS = 20;

if (!process.env.DATABASE_URL) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-bench-jobs-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
}
execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "deploy"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: process.env });

const { getDb, enableWal, closeDb } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/passwords");
const { rerunChecks } = await import("@/lib/flags");
const { cancelJob, claimJob, enqueueJob, getJob, runClaimedJob } = await import("@/lib/jobs");
const { readDocuments, insertArticles } = await import("./scale/articles");
const { percentile } = await import("./scale/measure");

await enableWal();
const db = getDb();
const row = await db.user.create({ data: { email: `bench-${Date.now()}@bench.errata`, role: "EDITOR", passwordHash: await hashPassword("bench-password-0") } });
const editor = { id: row.id, email: row.email, name: null, role: row.role };
await insertArticles(db, readDocuments(), 0, ARTICLES, editor.id);
const words = (await db.article.aggregate({ _avg: { wordCount: true } }))._avg.wordCount ?? 0;

// 1. Starting a job: the request's whole share of the work.
const starts: number[] = [];
for (let i = 0; i < STARTS; i++) {
  const started = performance.now();
  const job = await enqueueJob(editor, { kind: "glossary-recheck", source: `Термин${i}` });
  starts.push(performance.now() - started);
  await cancelJob(editor, job.id);
}

async function runJob(): Promise<{ ms: number; done: number; failed: number }> {
  const { id } = await enqueueJob(editor, { kind: "rerun-checks" });
  const started = performance.now();
  for (let claimed = await claimJob(); claimed; claimed = await claimJob()) await runClaimedJob(claimed);
  const ms = performance.now() - started;
  const job = (await getJob(id))!;
  return { ms, done: job.done, failed: job.failed };
}

// 2. The first run adds the checks' flags to articles written without them.
const first = await runJob();
// 3. A plain loop and the job, in turn, twice (the best of each): both find nothing new, so they do the same work
// but for the job's own.
const ids = (await db.article.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((a) => a.id);
async function loop(): Promise<number> {
  const started = performance.now();
  for (const id of ids) await rerunChecks(editor, id);
  return performance.now() - started;
}
const loops: number[] = [];
const agains: Awaited<ReturnType<typeof runJob>>[] = [];
for (let round = 0; round < 2; round++) {
  loops.push(await loop());
  agains.push(await runJob());
}
const loopMs = Math.min(...loops);
const again = agains.reduce((best, run) => (run.ms < best.ms ? run : best));

const perItem = (ms: number, n: number) => (ms / n).toFixed(1);
console.log(`Background jobs — ${ARTICLES} articles of ${Math.round(words)} words on average, ${process.env.DATABASE_URL!.startsWith("file:") ? "SQLite" : "PostgreSQL"}, load ${os.loadavg()[0].toFixed(2)}`);
console.log(`  start a job (the request's part):       median ${percentile(starts, 0.5).toFixed(1)} ms, p95 ${percentile(starts, 0.95).toFixed(1)} ms (${STARTS} starts)`);
console.log(`  re-run all checks as a job, first run:  ${(first.ms / 1000).toFixed(1)} s, ${perItem(first.ms, first.done)} ms/article, ${((first.done * 1000) / first.ms).toFixed(1)} articles/s (${first.done} done, ${first.failed} failed)`);
console.log(`  plain rerunChecks loop (best of 2):     ${(loopMs / 1000).toFixed(1)} s, ${perItem(loopMs, ids.length)} ms/article`);
console.log(`  the job again (best of 2):              ${(again.ms / 1000).toFixed(1)} s, ${perItem(again.ms, again.done)} ms/article`);
console.log(`  the job's own cost per item:            ${((again.ms - loopMs) / ids.length).toFixed(1)} ms`);
await closeDb();
process.exit(0);
