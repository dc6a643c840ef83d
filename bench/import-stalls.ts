// npm run bench:import-stalls
// What a 1 MB import does to the request thread, in process: importArticle of the pair bench/load.ts imports (the
// demo fuel article's first 2,000 characters repeated to 1 MB, against a repeated Russian sentence), with the
// checks in the analysis worker as in the server, while the event loop's delay is sampled. Prints the import's
// time, its flags, the longest stalls and how much of the import the loop spent blocked beyond 20 ms, and the SQL
// statements it made. `node --cpu-prof --import tsx bench/import-stalls.ts` writes a profile of the same run.
// SQLite by default (a throwaway file); PostgreSQL with `scripts/with-postgres.sh npm run bench:import-stalls`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { createRequire, syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerOptions } from "node:worker_threads";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-import-stalls-"));
process.env.DATABASE_URL ||= `file:${path.join(dir, "bench.db")}`;
// The analysis runs in its worker pool, as inside the Next server (lib/analysis/analyze-in-worker.ts).
process.env.NEXT_RUNTIME = "nodejs";
// Node 20 cannot start a TypeScript worker under tsx (the server starts its bundled chunk): the pool's worker is
// started from its source through tsx's require hook instead, as lib/analysis/analysis-worker.test.ts does.
const threads = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
const NodeWorker = threads.Worker;
threads.Worker = class extends NodeWorker {
  constructor(file: string | URL, options: WorkerOptions = {}) {
    const source = fileURLToPath(file);
    super(`require("tsx/cjs/api").register(); require(${JSON.stringify(source)});`, { ...options, eval: true });
  }
};
syncBuiltinESMExports();

async function main() {
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db.ts", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  const { createClient, enableWal } = await import("@/lib/db");
  const db = createClient(process.env.DATABASE_URL!, { log: [{ emit: "event", level: "query" }] });
  (globalThis as { errataDb?: unknown }).errataDb = db;
  await enableWal();
  let statements = 0;
  (db as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => statements++);
  const { importArticle } = await import("@/lib/import");

  const target = fs.readFileSync("prisma/demo/articles/kazakhstan-fuel-2024-10-02.en.txt", "utf8").slice(0, 2000);
  const limit = 1000 * 1000;
  const repeat = (text: string) => text.repeat(Math.floor(limit / Buffer.byteLength(text + "\n\n")) - 1);
  const pair = (n: number) => ({ title: `Load ${n}`, source: `${repeat("В Павлодаре цены на топливо выросли на три процента за месяц.\n\n")}\n\nЧасть ${n}.`, target: `${repeat(`${target}\n\n`)}\n\nPart ${n}.` });
  // Warm-up: the worker's dictionaries, Prisma's plans.
  await importArticle({ title: "Warm-up", source: "Министр прибыл в Астану.", target: "The minister arrived in Astana." });

  const stalls: number[] = [];
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    stalls.push(now - last - 5);
    last = now;
  }, 5);
  statements = 0;
  const started = performance.now();
  const imported = await importArticle(pair(1));
  const elapsed = performance.now() - started;
  // One more tick of the probe, so that a stall that ends the import is counted.
  await new Promise((resolve) => setTimeout(resolve, 10));
  clearInterval(probe);
  const longest = [...stalls].sort((a, b) => b - a);
  const blocked = stalls.filter((ms) => ms > 20).reduce((sum, ms) => sum + ms, 0);
  console.log(`A 1 MB import on ${process.env.DATABASE_URL!.startsWith("file:") ? "SQLite" : "PostgreSQL"}: ${(elapsed / 1000).toFixed(1)} s, ${imported.flags} flags, ${statements} SQL statements`);
  console.log(`  event loop stalls (ms, longest first): ${longest.slice(0, 12).map((ms) => ms.toFixed(0)).join(", ")}`);
  console.log(`  stalls over 20 ms: ${stalls.filter((ms) => ms > 20).length}, ${(blocked / 1000).toFixed(1)} s in all; over 100 ms: ${stalls.filter((ms) => ms > 100).length}`);
}

main()
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }))
  .then(
    () => process.exit(0),
    (error) => (console.error(error), process.exit(1)),
  );
