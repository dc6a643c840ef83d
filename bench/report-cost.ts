// npm run bench:report-cost [-- --reports 2000]
// What one reader report costs the request thread, in process (no HTTP, no other load): what POST /api/reports's
// handler does (CORS, body, client hash, createReport, the JSON answer; the route module itself pulls next-auth,
// which tsx cannot load outside Next), every report new and from another reader (the default per-client limits,
// 4 windows with the per-article one). Prints SQL statements per report (Prisma query events) and CPU per report.
// `node --cpu-prof --import tsx bench/report-cost.ts` writes a profile of the same run.
// SQLite by default (a throwaway file); PostgreSQL with `scripts/with-postgres.sh npm run bench:report-cost`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { reports: { type: "string", default: "2000" }, concurrency: { type: "string", default: "8" } } });
const REPORTS = Number(values.reports);
const CONCURRENCY = Number(values.concurrency);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-report-cost-"));
process.env.DATABASE_URL ||= `file:${path.join(dir, "bench.db")}`;
process.env.ERRATA_TRUST_PROXY = "1";
process.env.ERRATA_REPORT_ARTICLE_LIMITS = "999999/1m";
process.env.NEXTAUTH_SECRET ||= "bench";

async function main() {
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db.ts", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  const statements = await countStatements();
  // As the server runs (scripts/bootstrap.ts).
  await (await import("@/lib/db")).enableWal();
  const { importArticle } = await import("@/lib/import");
  const { createReport, reportCors } = await import("@/lib/reports");
  const { clientAddress, clientHash } = await import("@/lib/rate-limit");
  const { readJson } = await import("@/lib/http/read-body");
  const { NextResponse } = await import("next/server");
  const POST = async (request: Request) => {
    const cors = await reportCors(request);
    const report = await createReport(await readJson(request, { maxBytes: 16 * 1024 }), { clientHash: clientHash(clientAddress(request.headers)), crossOrigin: cors.crossOrigin });
    return NextResponse.json(report, { status: 201, headers: cors.headers });
  };
  const sentence = "Minister Askara Umarova arrived in Astana on Tuesday and met journalists.";
  const target = `${sentence}\n\nIn Astana he visited Kazakhstanthat was all for the week.`;
  const article = await importArticle({ title: "Report cost", source: "Министр Аскар Умаров прибыл в Астану во вторник.\n\nВ Астане он был всю неделю.", target });
  const start = target.indexOf("Askara Umarova");
  const send = (n: number) =>
    POST(
      new Request("http://127.0.0.1:3350/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://127.0.0.1:3350", "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
        body: JSON.stringify({ article: article.slug, revision: 1, selection: "Askara Umarova", start, end: start + 14, contextBefore: "Minister ", contextAfter: target.slice(start + 14, start + 74), suggestion: `Askar Umarov (${n})` }),
      }),
    );
  const run = async (from: number, count: number) => {
    for (let i = 0; i < count; i += CONCURRENCY) {
      const statuses = await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count - i) }, (_, k) => send(from + i + k).then((r) => r.status)));
      const failed = statuses.find((status) => status !== 201);
      if (failed) throw new Error(`A report was answered ${failed}.`);
    }
  };
  await run(1_000_000, 300); // warm-up: modules, JIT, Prisma's query plans
  statements.reset();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(0, REPORTS);
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const provider = process.env.DATABASE_URL!.startsWith("file:") ? "SQLite" : "PostgreSQL";
  console.log(`${REPORTS} new reports through POST /api/reports's handler, ${CONCURRENCY} at a time, on ${provider}:`);
  console.log(`  SQL statements per report: ${(statements.count / REPORTS).toFixed(2)} (${statements.summary(REPORTS)})`);
  console.log(`  CPU per report: ${((used.user + used.system) / 1000 / REPORTS).toFixed(2)} ms (user ${(used.user / 1000 / REPORTS).toFixed(2)}, system ${(used.system / 1000 / REPORTS).toFixed(2)}); wall ${(elapsed / REPORTS).toFixed(2)} ms per report`);
}

/** Installs the process-wide client with query events on, and counts the statements by their first words. */
async function countStatements() {
  const { createClient } = await import("@/lib/db");
  const client = createClient(process.env.DATABASE_URL!, { log: [{ emit: "event", level: "query" }] });
  (globalThis as { errataDb?: unknown }).errataDb = client;
  const kinds = new Map<string, number>();
  let count = 0;
  (client as unknown as { $on(event: "query", listener: (e: { query: string }) => void): void }).$on("query", (event) => {
    count++;
    const sql = event.query.replace(/`/g, '"');
    if (process.env.SHOW_SQL) console.log(sql.slice(0, 160));
    const table = /(?:FROM|INTO|UPDATE)\s+(?:"\w+"\.)?"?(\w+)"?/i.exec(sql)?.[1];
    const key = `${/^\s*(\w+)/.exec(sql)?.[1].toUpperCase() ?? "?"}${table ? ` ${table}` : ""}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  });
  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
      kinds.clear();
    },
    summary: (per: number) => [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${(n / per).toFixed(2)}`).join(", "),
  };
}

main()
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }))
  .then(
    () => process.exit(0),
    (error) => (console.error(error), process.exit(1)),
  );
