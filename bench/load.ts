// npm run bench:load [-- --seconds 15 --soak-minutes 10 --port 3213 --only page,workspace,reports,imports]
// Errata under load, each measured route beside a trivial route of the same server in the same run (their
// ratio is what Errata's own work costs), against `npm start` on 127.0.0.1:
//   1. the public article page at 100 requests/s (target p99 < 100 ms), the review workspace at 10/s, and
//      POST /api/reports at 300/s (target p99 < 50 ms);
//   2. the article page again while a 1 MB article and a hostile HTML file (5,000 nested elements) are
//      imported over and over (target: p99 under 2× its idle value);
//   3. with --soak-minutes N, a steady mixed load (reads, reports, approvals) with the server's memory sampled
//      every 10 s: the trend over the second half and every error.
// Each row also gives the server's CPU time per request of the route (the trivial route's few included): on a
// loaded machine latency says how long requests waited, CPU what they cost. --only runs some rows (and the imports).
// SQLite by default (a throwaway file); PostgreSQL with `scripts/with-postgres.sh npm run bench:load`.
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { signIn, startErrata } from "./server";

const ARTICLE = "whats-in-kazakhstan-fuel-prices-and-tariffs-october-2";
const PASSWORD = "errata-demo";
const TRIVIAL_RATE = 10;

const ROWS = ["page", "workspace", "reports", "imports"];
const { values } = parseArgs({
  options: { seconds: { type: "string", default: "15" }, "soak-minutes": { type: "string", default: "0" }, port: { type: "string", default: "3213" }, only: { type: "string", default: ROWS.join(",") } },
});
const ONLY = new Set(values.only.split(",").map((row) => row.trim()));
const unknownRow = [...ONLY].find((row) => !ROWS.includes(row));
if (unknownRow) throw new Error(`--only takes ${ROWS.join(", ")}; not "${unknownRow}".`);
if (ONLY.has("imports") && !ONLY.has("page")) throw new Error("--only imports compares the article page with its idle figure: add page.");
const PORT = Number(values.port);
const SECONDS = Number(values.seconds);
const SOAK_MINUTES = Number(values["soak-minutes"]);

/** A request; `vary` gives the n-th one its own body and headers (every report new, from another reader). */
type RequestSpec = { path: string; method?: string; headers?: Record<string, string>; vary?: (n: number) => { body: string; headers: Record<string, string> } };

const postgresUrl = /^postgres/.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL : undefined;

let sent = 0;

function cannon(base: string, spec: RequestSpec, rate: number, seconds: number, connections = 8): Promise<Result> {
  const request = () => {
    const varied = spec.vary?.(++sent);
    return { method: spec.method ?? "GET", path: spec.path, headers: { ...spec.headers, ...varied?.headers }, body: varied?.body };
  };
  return autocannon({ url: base, connections, overallRate: rate, duration: seconds, requests: [{ setupRequest: request }] }) as Promise<Result>;
}

/** A server that falls behind answers fewer requests, and its latency figures then leave out the ones it never served. */
const keptPace = (r: Result, rate: number) => r["2xx"] / r.duration >= 0.95 * rate;

const summary = (r: Result) => `${(r["2xx"] / r.duration).toFixed(0)}/s ok, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors + r.timeouts}`;

async function main() {
  const errata = await startErrata(PORT, { ERRATA_TRUST_PROXY: "1", ERRATA_REPORT_ARTICLE_LIMITS: "999999/1m", ERRATA_REPORT_LIMITS: "999999/1m" }, { databaseUrl: postgresUrl });
  try {
    process.env.DATABASE_URL = errata.databaseUrl;
    const { getDb } = await import("@/lib/db");
    const db = getDb();
    const article = await db.article.findUniqueOrThrow({ where: { slug: ARTICLE } });
    const { text } = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId: article.id, number: article.currentRevision } } });
    const [reviewer, editor] = [await signIn(errata.base, "reviewer@errata.test", PASSWORD), await signIn(errata.base, "editor@errata.test", PASSWORD)];
    const json = (cookie?: string) => ({ "content-type": "application/json", origin: errata.base, ...(cookie ? { cookie } : {}) });

    const trivialPath = (await fetch(`${errata.base}/api/health`)).ok ? "/api/health" : "/login";
    const trivial: RequestSpec = { path: trivialPath };
    const selection = "Pavlodarwhich";
    const at = text.indexOf(selection);
    // Every report comes from another reader, as readers behind a proxy would (ERRATA_TRUST_PROXY), and is new.
    const report: RequestSpec = {
      path: "/api/reports",
      method: "POST",
      vary: (n) => ({
        headers: { ...json(), "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
        body: JSON.stringify({ article: ARTICLE, revision: article.currentRevision, selection, start: at, end: at + selection.length, contextBefore: text.slice(Math.max(0, at - 60), at), contextAfter: text.slice(at + selection.length, at + selection.length + 60), suggestion: `Pavlodar, which (${n})` }),
      }),
    };
    const page: RequestSpec = { path: `/articles/${ARTICLE}` };
    const workspace: RequestSpec = { path: `/review/articles/${article.id}`, headers: { cookie: reviewer } };

    /** A route at its rate with the trivial route measured beside it, in the same run, and the server's CPU per request of the route. */
    const beside = async (spec: RequestSpec, rate: number) => {
      const cpuBefore = errata.cpuMs();
      const [route, baseline] = await Promise.all([cannon(errata.base, spec, rate, SECONDS), cannon(errata.base, trivial, TRIVIAL_RATE, SECONDS, 1)]);
      return { route, baseline, cpuMs: (errata.cpuMs() - cpuBefore) / Math.max(1, route.requests.total) };
    };

    console.log(`Errata under load on ${postgresUrl ? "PostgreSQL" : "SQLite"}, ${SECONDS} s per run, autocannon (latency corrected for coordinated omission), trivial route ${trivialPath} at ${TRIVIAL_RATE}/s beside each:`);
    // Warm-up: pages compiled, caches and query plans warm.
    if (ONLY.has("page") || ONLY.has("imports")) await cannon(errata.base, page, 50, 5);
    if (ONLY.has("workspace")) await cannon(errata.base, workspace, 5, 5, 2);
    if (ONLY.has("reports")) await cannon(errata.base, report, 100, 5);
    const idle = await cannon(errata.base, trivial, TRIVIAL_RATE, SECONDS, 1);
    console.log(`  ${trivialPath} alone: ${summary(idle)}`);
    const rows: Array<[string, string, RequestSpec, number, number | null]> = [
      ["page", "GET article page", page, 100, 100],
      ["workspace", "GET review workspace", workspace, 10, null],
      ["reports", "POST /api/reports", report, 300, 50],
    ];
    const idleP99: Record<string, number> = {};
    for (const [row, label, spec, rate, target] of rows) {
      if (!ONLY.has(row)) continue;
      const { route, baseline, cpuMs } = await beside(spec, rate);
      idleP99[label] = route.latency.p99;
      const verdict = target === null ? "" : ` — target p99 < ${target} ms at ${rate}/s: ${route.latency.p99 < target && route.non2xx === 0 && keptPace(route, rate) ? "met" : "NOT MET"}`;
      console.log(`  ${label} at ${rate}/s: ${summary(route)}, server CPU ${cpuMs.toFixed(2)} ms per request; ${trivialPath} beside it p99 ${baseline.latency.p99} ms${verdict}`);
    }

    // 2. The same page while big and hostile imports run back to back.
    if (ONLY.has("imports")) {
      const big = bigArticle(text);
      const hostile = "<html><body>" + "<div>".repeat(5000) + "Текст" + "</div>".repeat(5000) + "</body></html>";
      const imports: Array<{ kind: string; status: number; ms: number }> = [];
      let importing = true;
      /** One kind of import, back to back until the measurement ends (each kind in its own loop, side by side). */
      const importLoop = async (kind: string, body: (i: number) => object) => {
        for (let i = 0; importing; i++) {
          const started = performance.now();
          const response = await fetch(`${errata.base}/api/articles`, { method: "POST", headers: json(reviewer), body: JSON.stringify(body(i)) });
          await response.arrayBuffer();
          imports.push({ kind, status: response.status, ms: Math.round(performance.now() - started) });
        }
      };
      const importLoops = Promise.all([
        importLoop("1 MB plain", (i) => ({ title: `Load ${i}`, source: `${big.source}\n\nЧасть ${i}.`, target: `${big.target}\n\nPart ${i}.` })),
        importLoop("hostile HTML", (i) => ({ title: `Hostile ${i}`, source: hostile, target: hostile.replace("Текст", `Text ${i}`) })),
      ]);
      const during = await beside(page, 100);
      importing = false;
      await importLoops;
      const ratio = during.route.latency.p99 / Math.max(1, idleP99["GET article page"]);
      const keptUp = keptPace(during.route, 100);
      console.log(`  GET article page at 100/s during imports: ${summary(during.route)}; ${trivialPath} beside it p99 ${during.baseline.latency.p99} ms; p99 ${ratio.toFixed(1)}× idle — target < 2× at the same pace: ${ratio < 2 && keptUp ? "met" : "NOT MET"}`);
      for (const kind of ["1 MB plain", "hostile HTML"]) {
        const runs = imports.filter((i) => i.kind === kind);
        console.log(`    ${kind} imports: ${runs.length}, statuses ${[...new Set(runs.map((r) => r.status))].join("/")}, ${runs.map((r) => r.ms).join(", ")} ms`);
      }
    }

    if (SOAK_MINUTES > 0) await soak(errata, page, report, { db, articleId: article.id, reviewer, editor, json });
  } finally {
    errata.stop();
  }
}

/** A 1 MB pair (each side just under the import limit) made of the demo article's sentences. */
function bigArticle(target: string) {
  const limit = 1000 * 1000;
  const repeat = (text: string) => text.repeat(Math.floor(limit / Buffer.byteLength(text + "\n\n")) - 1);
  return { source: repeat("В Павлодаре цены на топливо выросли на три процента за месяц.\n\n"), target: repeat(`${target.slice(0, 2000)}\n\n`) };
}

type SoakContext = {
  db: Awaited<ReturnType<typeof import("@/lib/db")["getDb"]>>;
  articleId: string;
  reviewer: string;
  editor: string;
  json: (cookie?: string) => Record<string, string>;
};

/** Steady reads and reports with an approval every 2 s; memory every 10 s. */
async function soak(errata: Awaited<ReturnType<typeof startErrata>>, page: RequestSpec, report: RequestSpec, context: SoakContext) {
  const seconds = SOAK_MINUTES * 60;
  const samples: number[] = [];
  const approvals = { done: 0, failed: 0 };
  let running = true;
  const sampler = setInterval(() => samples.push(errata.rssMb()), 10_000);
  const approving = (async () => {
    while (running) {
      const ok = await approveOne(errata.base, context).catch(() => false);
      approvals[ok ? "done" : "failed"]++;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  })();
  const [reads, reports] = await Promise.all([cannon(errata.base, page, 30, seconds, 4), cannon(errata.base, report, 30, seconds, 4)]);
  running = false;
  clearInterval(sampler);
  await approving;
  const half = samples.slice(Math.floor(samples.length / 2));
  console.log(`  soak ${SOAK_MINUTES} min: reads ${summary(reads)}; reports ${summary(reports)}; approvals ${approvals.done} done, ${approvals.failed} failed`);
  console.log(`    server RSS every 10 s (MB): ${samples.map((s) => s.toFixed(0)).join(" ")}`);
  console.log(`    trend over the second half: ${slopePerMinute(half).toFixed(2)} MB/min`);
}

/** A reviewer proposes a one-word edit of the current text and an editor approves it, through the API. */
async function approveOne(base: string, { db, articleId, reviewer, editor, json }: SoakContext) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const { text } = await db.revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: article.currentRevision } } });
  const at = text.search(/\b(the|The)\b/);
  const replacement = text.slice(at, at + 3) === "the" ? "The" : "the";
  const change = { kind: "edit", start: at, end: at + 3, text: replacement };
  const created = await fetch(`${base}/api/corrections`, { method: "POST", headers: json(reviewer), body: JSON.stringify({ articleId, baseRevision: article.currentRevision, change }) });
  if (created.status !== 201) return false;
  const { id } = (await created.json()) as { id: string };
  const approved = await fetch(`${base}/api/corrections/${id}`, { method: "POST", headers: json(editor), body: JSON.stringify({ action: "approve" }) });
  return approved.ok;
}

/** Least-squares slope of samples taken every 10 s, in MB per minute. */
function slopePerMinute(samples: number[]) {
  if (samples.length < 2) return 0;
  const xs = samples.map((_, i) => (i * 10) / 60);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(samples)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (samples[i] - my), 0);
  const variance = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return covariance / variance;
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
