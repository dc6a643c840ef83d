// npm run bench:scale [-- --sizes 100,1000,10000] [--long-only] [--long-words 50000] [--no-export] — the lists at
// archive scale, the pages of long articles and the exports of 1,000 articles, beside /login on the same server.
// Builds a SQLite database of synthetic articles from WMT21 newstest (bench/scale/articles.ts), growing it to each
// size in turn; at each size starts `npm start` on 127.0.0.1 against it and times the review dashboard, the
// reports inbox, the home page, the quality dashboard and GET /api/articles (with the session cookie, and with an
// API token as a CMS calls it) beside /login: median and p95, one request at a time and with 8 connections. Also
// prints the rate of real imports (with the checks) and of the bulk inserts, the database size per 1,000 articles
// and the server's RSS. Sizes default to 100,1000: 10,000 takes a few minutes and loads the machine, so ask for it
// explicitly, once. Then the review workspace and the public page of articles of 1,000 to 50,000 words
// (bench/scale/long-articles.ts), with the bytes each sends; `--long-only` measures just those. Last, unless
// --no-export, XLIFF and TMX export of 1,000 articles, time and memory (bench/export.ts, its own database).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { signIn, startErrata } from "../server";
import { insertArticles, readDocuments } from "./articles";
import { LONG_ARTICLE_WORDS, measureLongArticles } from "./long-articles";
import { measure, tableRow, TABLE_HEADER, type Measured } from "./measure";

// BENCH_PORT: another port, when something else (another checkout's bench) holds this one.
const PORT = Number(process.env.BENCH_PORT) || 3156;
const HOST = "127.0.0.1";
const ROUNDS = { sequential: 30, connections: 8, perConnection: 12 };
const REAL_IMPORTS = 12;

/** How a route is called: anonymous, with the bench editor's session cookie, or with their API token (read scope). */
type Caller = "anonymous" | "session" | "token";

const ROUTES: readonly { name: string; path: string; caller: Caller }[] = [
  { name: "/login", path: "/login", caller: "anonymous" },
  { name: "dashboard /review", path: "/review", caller: "session" },
  { name: "  ?pair=ru-en&q=the", path: "/review?pair=ru-en&q=the", caller: "session" },
  { name: "reports inbox", path: "/review/reports", caller: "session" },
  { name: "home page /", path: "/", caller: "anonymous" },
  { name: "quality /editor/quality", path: "/editor/quality", caller: "session" },
  { name: "GET /api/articles", path: "/api/articles", caller: "session" },
  { name: "  with an API token", path: "/api/articles", caller: "token" },
];

function parseSizes(): number[] {
  if (process.argv.includes("--long-only")) return [];
  const at = process.argv.indexOf("--sizes");
  const raw = at > 0 ? process.argv[at + 1] : "100,1000";
  const sizes = (raw ?? "").split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 50_000) || sizes.some((n, i) => i > 0 && n <= sizes[i - 1])) {
    throw new Error("--sizes takes increasing article counts, e.g. --sizes 100,1000,10000");
  }
  return sizes;
}

/** `--long-words 50000` measures only those long articles (default: 1,000, 5,000, 20,000 and 50,000 words). */
function parseLongWords(): number[] {
  const at = process.argv.indexOf("--long-words");
  if (at < 0) return LONG_ARTICLE_WORDS;
  const words = (process.argv[at + 1] ?? "").split(",").map(Number);
  if (words.some((n) => !Number.isInteger(n) || n < 100 || n > 200_000)) throw new Error("--long-words takes word counts, e.g. --long-words 5000,50000");
  return words;
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
  const { createApiToken } = await import("@/lib/api-tokens");
  const db = getDb();
  await enableWal(db);
  // The bench's own editor (the quality dashboard is for editors): the demo is not loaded into a database that
  // already holds articles. Their read token calls the API as a CMS would.
  const reviewer = { email: "scale-bench@errata.test", password: "scale-bench-password" };
  const importer = await createUser({ ...reviewer, role: "EDITOR" }, { db });
  const { token } = await createApiToken({ ...importer, name: null }, { name: "scale bench", scopes: ["read"] });
  const docs = readDocuments();

  const longOnly = process.argv.includes("--long-only");
  // Real imports: validation, alignment, the checks, one transaction each.
  let started = performance.now();
  const realImports = longOnly ? 0 : REAL_IMPORTS;
  for (let i = 0; i < realImports; i++) {
    const engine = "Online-G";
    await importArticle({ title: `WMT21 document ${i + 1} (imported)`, source: docs[i].source, target: docs[i].targets[engine], engine }, { actorId: importer.id, db });
  }
  const importRate = realImports / ((performance.now() - started) / 1000);

  /** `npm start` against the bench's database for the time of `run`, signed in as its reviewer. */
  async function withErrata<T>(run: (errata: Awaited<ReturnType<typeof startErrata>>, cookie: string) => Promise<T>): Promise<T> {
    // The token's rate limit raised: the bench sends it more requests a minute than the default allows.
    const errata = await startErrata(PORT, { ERRATA_DEMO: "0", ERRATA_API_TOKEN_LIMITS: "100000/1m" }, { databaseUrl, host: HOST });
    try {
      return await run(errata, await signIn(errata.base, reviewer.email, reviewer.password));
    } finally {
      errata.stop();
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the port is free again
    }
  }

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
      await withErrata(async (errata, cookie) => {
        const articles = await db.article.count();
        results.push(`\n${size.toLocaleString("en")} synthetic articles (${articles.toLocaleString("en")} in all, with the real imports) · bulk insert ${insertRate.toFixed(0)} articles/s · database ${(bytes / 1e6).toFixed(1)} MB, ${((bytes / 1e6) * (1000 / articles)).toFixed(1)} MB per 1,000 articles`);
        results.push(TABLE_HEADER);
        let login: Measured | undefined;
        for (const route of ROUTES) {
          const headers: Record<Caller, Record<string, string>> = { anonymous: {}, session: { cookie }, token: { authorization: `Bearer ${token}` } };
          const m = await measure(`${errata.base}${route.path}`, headers[route.caller], ROUNDS);
          login ??= m;
          results.push(tableRow(route.name, m, login));
        }
        results.push(`  server RSS after the run: ${errata.rssMb().toFixed(0)} MB`);
        console.log(results.slice(-ROUTES.length - 3).join("\n"));
      });
    }
    const long = await withErrata((errata, cookie) => measureLongArticles(db, docs, importer.id, errata.base, cookie, parseLongWords()));
    console.log(long.join("\n"));
    results.push(...long);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nbench:scale — next start on ${HOST}, SQLite (WAL); lists: ${ROUNDS.sequential} requests one at a time after 3 warm-up, ${ROUNDS.connections}×${ROUNDS.perConnection} requests with 8 connections`);
  if (realImports) console.log(`real imports (checks included): ${importRate.toFixed(1)} articles/s over ${realImports} WMT21 documents`);
  console.log(results.join("\n"));
  if (!longOnly && !process.argv.includes("--no-export")) {
    console.log("");
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/export.ts", "--articles", "1000"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: "" } });
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
