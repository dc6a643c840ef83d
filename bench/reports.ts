// npm run bench:reports — POST /api/reports against `npm start` (next start, SQLite) at a fixed 300 requests/s,
// with autocannon; then the size of public/widget.js. Targets: 300 requests/s sustained, p99 under 50 ms,
// widget at most 6 KB gzipped.
// Every request comes from another reader (X-Forwarded-For, trusted because the server runs with
// ERRATA_TRUST_PROXY=1 as it would behind a proxy) and suggests something new, so each one passes the
// per-client limits (in the database, as in production) and stores a new report. The per-article limit is
// lifted for the run: all requests go to one demo article.
// autocannon's --overallRate gives each connection its share of the second and sends it back to back as the
// second starts, so the number of connections is the depth of the bursts the server sees. Readers arrive spread
// out; the target is measured with 8 connections (bursts of 8 reports at once), and a 20-connection run is
// printed beside it to show what deeper bursts cost.
import autocannon from "autocannon";
import { buildWidget } from "../scripts/build-widget.mjs";
import { startErrata } from "./server";

const PORT = 3212;
const RATE = 300;
const SECONDS = 20;
const CONNECTIONS = 8;
const BURSTY_CONNECTIONS = 20;
const ARTICLE = "whats-in-kazakhstan-fuel-prices-and-tariffs-october-2";
const SELECTION = "Pavlodarwhich";

async function main() {
  const widget = await buildWidget();
  const errata = await startErrata(PORT, { ERRATA_TRUST_PROXY: "1", ERRATA_REPORT_ARTICLE_LIMITS: "100000/1m" });
  try {
    process.env.DATABASE_URL = errata.databaseUrl;
    const { getDb } = await import("@/lib/db");
    const article = await getDb().article.findUniqueOrThrow({ where: { slug: ARTICLE }, include: { revisions: true } });
    const text = article.revisions[0].text;
    const start = text.indexOf(SELECTION);

    let n = 0;
    const request = () => {
      n++;
      const body = { article: ARTICLE, revision: 1, selection: SELECTION, start, end: start + SELECTION.length, contextBefore: text.slice(start - 60, start), contextAfter: text.slice(start + SELECTION.length, start + SELECTION.length + 60), suggestion: `Pavlodar, which (${n})`, comment: "Two words glued together." };
      return { method: "POST", path: "/api/reports", headers: { "content-type": "application/json", "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` }, body: JSON.stringify(body) };
    };
    const run = (rate: number, duration: number, connections = CONNECTIONS) => autocannon({ url: errata.base, connections, overallRate: rate, duration, requests: [{ setupRequest: request }] });

    await run(150, 10); // warm-up: modules loaded, JIT and Prisma query plans warm
    const before = await getDb().report.count();
    const result = await run(RATE, SECONDS);
    const stored = (await getDb().report.count()) - before;
    const bursty = await run(RATE, SECONDS, BURSTY_CONNECTIONS);

    const rate = result["2xx"] / result.duration;
    const { p50, p90, p99, max } = result.latency;
    console.log(`POST /api/reports, autocannon ${CONNECTIONS} connections at --overallRate ${RATE} for ${SECONDS} s (latency corrected for coordinated omission), next start + SQLite:`);
    console.log(`  ${rate.toFixed(0)} reports/s stored (201s ${result["2xx"]}, other ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}; ${stored} new rows)`);
    console.log(`  latency p50 ${p50} ms · p90 ${p90} ms · p99 ${p99} ms · max ${max} ms`);
    console.log(`  target 300/s with p99 < 50 ms: ${rate >= RATE * 0.98 && p99 < 50 && result.non2xx === 0 ? "met" : "NOT MET"}`);
    console.log(`  with ${BURSTY_CONNECTIONS} connections (bursts of ${BURSTY_CONNECTIONS}): ${(bursty["2xx"] / bursty.duration).toFixed(0)}/s, p50 ${bursty.latency.p50} ms · p99 ${bursty.latency.p99} ms`);
    console.log(`widget.js: ${widget.raw} bytes raw, ${widget.gzipped} bytes gzipped (target ≤ 6144): ${widget.gzipped <= 6144 ? "met" : "NOT MET"}`);
  } finally {
    errata.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
