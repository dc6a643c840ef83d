// npm run bench:scale [-- --sizes 100,1000,10000] — the lists at archive scale, beside /login on the same server.
// Builds a SQLite database of synthetic articles from WMT21 newstest (bench/scale/articles.ts), growing it to each
// size in turn; at each size starts `npm start` on 127.0.0.1 against it and times the review dashboard, the
// reports inbox, the home page and GET /api/articles beside /login: median and p95, one request at a time and
// with 8 connections. Also prints the rate of real imports (with the checks) and of the bulk inserts, the database
// size per 1,000 articles and the server's RSS. Sizes default to 100,1000: 10,000 takes a few minutes and loads the
// machine, so ask for it explicitly, once.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { signIn, startErrata } from "../server";
import { insertArticles, readDocuments } from "./articles";

const PORT = 3156;
const HOST = "127.0.0.1";
const SEQUENTIAL = 30;
const CONNECTIONS = 8;
const PER_CONNECTION = 12;
const REAL_IMPORTS = 12;

const ROUTES = [
  { name: "/login", path: "/login", signedIn: false },
  { name: "dashboard /review", path: "/review", signedIn: true },
  { name: "  ?pair=ru-en&q=the", path: "/review?pair=ru-en&q=the", signedIn: true },
  { name: "reports inbox", path: "/review/reports", signedIn: true },
  { name: "home page /", path: "/", signedIn: false },
  { name: "GET /api/articles", path: "/api/articles", signedIn: true },
] as const;

function parseSizes(): number[] {
  const at = process.argv.indexOf("--sizes");
  const raw = at > 0 ? process.argv[at + 1] : "100,1000";
  const sizes = (raw ?? "").split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 50_000) || sizes.some((n, i) => i > 0 && n <= sizes[i - 1])) {
    throw new Error("--sizes takes increasing article counts, e.g. --sizes 100,1000,10000");
  }
  return sizes;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};

async function timed(url: string, cookie?: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

async function measure(url: string, cookie?: string) {
  for (let i = 0; i < 3; i++) await timed(url, cookie); // warm: compiled, cached plans
  const sequential: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SEQUENTIAL; i++) {
    const one = await timed(url, cookie);
    sequential.push(one.ms);
    bytes = one.bytes;
  }
  const concurrent: number[] = [];
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    for (let i = 0; i < PER_CONNECTION; i++) concurrent.push((await timed(url, cookie)).ms);
  }));
  return { median: percentile(sequential, 0.5), p95: percentile(sequential, 0.95), median8: percentile(concurrent, 0.5), p95x8: percentile(concurrent, 0.95), bytes };
}

function databaseBytes(file: string) {
  return [file, `${file}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
}

async function main() {
  const sizes = parseSizes();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-scale-"));
  const file = path.join(dir, "scale.db");
  const databaseUrl = `file:${file}`;
  process.env.DATABASE_URL = databaseUrl;
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db.ts", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  const { enableWal, getDb } = await import("@/lib/db");
  const { importArticle } = await import("@/lib/import");
  const { createUser } = await import("@/lib/users");
  const db = getDb();
  await enableWal(db);
  // The bench's own reviewer: the demo is not loaded into a database that already holds articles.
  const reviewer = { email: "scale-bench@errata.test", password: "scale-bench-password" };
  const importer = await createUser({ ...reviewer, role: "REVIEWER" }, { db });
  const docs = readDocuments();

  // Real imports: validation, alignment, the checks, one transaction each.
  let started = performance.now();
  for (let i = 0; i < REAL_IMPORTS; i++) {
    const engine = "Online-G";
    await importArticle({ title: `WMT21 document ${i + 1} (imported)`, source: docs[i].source, target: docs[i].targets[engine], engine }, { actorId: importer.id, db });
  }
  const importRate = REAL_IMPORTS / ((performance.now() - started) / 1000);

  const results: string[] = [];
  let inserted = 0;
  try {
    for (const size of sizes) {
      started = performance.now();
      await insertArticles(db, docs, inserted, size, importer.id);
      const insertRate = (size - inserted) / ((performance.now() - started) / 1000);
      inserted = size;
      await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      const bytes = databaseBytes(file);
      const errata = await startErrata(PORT, { ERRATA_DEMO: "0" }, { databaseUrl, host: HOST });
      try {
        const cookie = await signIn(errata.base, reviewer.email, reviewer.password);
        const articles = await db.article.count();
        results.push(`\n${size.toLocaleString("en")} synthetic articles (${articles.toLocaleString("en")} in all, with the real imports) · bulk insert ${insertRate.toFixed(0)} articles/s · database ${(bytes / 1e6).toFixed(1)} MB, ${((bytes / 1e6) * (1000 / articles)).toFixed(1)} MB per 1,000 articles`);
        results.push(`  ${"route".padEnd(20)} ${"median".padStart(8)} ${"p95".padStart(8)} ${"p95 ×login".padStart(11)} ${"8 conn median".padStart(14)} ${"8 conn p95".padStart(11)} ${"×login".padStart(7)} ${"KB".padStart(7)}`);
        let login: Awaited<ReturnType<typeof measure>> | undefined;
        for (const route of ROUTES) {
          const m = await measure(`${errata.base}${route.path}`, route.signedIn ? cookie : undefined);
          login ??= m;
          const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(8);
          results.push(`  ${route.name.padEnd(20)} ${ms(m.median)} ${ms(m.p95)} ${`${(m.p95 / login.p95).toFixed(1)}×`.padStart(11)} ${ms(m.median8).padStart(14)} ${ms(m.p95x8).padStart(11)} ${`${(m.p95x8 / login.p95x8).toFixed(1)}×`.padStart(7)} ${(m.bytes / 1024).toFixed(0).padStart(7)}`);
        }
        results.push(`  server RSS after the run: ${errata.rssMb().toFixed(0)} MB`);
        console.log(results.slice(-ROUTES.length - 3).join("\n"));
      } finally {
        errata.stop();
        await new Promise((resolve) => setTimeout(resolve, 1500)); // the port is free again
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nbench:scale — next start on ${HOST}, SQLite (WAL); sequential: ${SEQUENTIAL} requests after 3 warm-up; 8 connections: ${CONNECTIONS}×${PER_CONNECTION} requests`);
  console.log(`real imports (checks included): ${importRate.toFixed(1)} articles/s over ${REAL_IMPORTS} WMT21 documents`);
  console.log(results.join("\n"));
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
