// npm run bench:hostile — hostile and large imports against a running Errata, with a trivial route's latency
// measured meanwhile: how long each import takes to be answered, and how much it stalls everyone else.
//   ERRATA_URL=http://127.0.0.1:3000 npm run bench:hostile   a running server (ERRATA_EMAIL / ERRATA_PASSWORD:
//                                                            a reviewer; the demo reviewer by default)
//   npm run bench:hostile                                    starts `npm start` on its own SQLite database
// Loopback only. Targets (issue 10): a hostile HTML file gets a 4xx within 1 s; other requests are never
// stalled by more than 100 ms. The 1 MB HTML page has an English "original", so it is parsed (in the worker) and
// then refused before the checks; the plain-text pair (ERRATA_PLAIN_KB per side, default 100) is imported and
// checked in the analysis worker pool (lib/analysis/analyze-in-worker.ts), off the request thread.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { signIn, startErrata } from "./server";

const PORT = 3214;
const PROBE = "/api/auth/providers"; // answers from memory: its latency is the server's own responsiveness
const PROBE_EVERY_MS = 10;
const PLAIN_KB = Number(process.env.ERRATA_PLAIN_KB ?? 100);

/** Requests PROBE one after another until stopped; returns each one's latency in ms (a failed one counts as Infinity). */
function probe(base: string) {
  const latencies: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const ok = await fetch(`${base}${PROBE}`).then((r) => r.arrayBuffer().then(() => r.ok), () => false);
      latencies.push(ok ? performance.now() - started : Infinity);
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
  })();
  return async () => {
    running = false;
    await done;
    return latencies;
  };
}

async function importPair(base: string, cookie: string, pair: string | object) {
  const body = typeof pair === "string" ? pair : JSON.stringify(pair);
  const response = await fetch(`${base}/api/articles`, { method: "POST", headers: { "content-type": "application/json", cookie, origin: base, "sec-fetch-site": "same-origin" }, body });
  return { response, answer: (await response.json()) as { error?: string } };
}

const nested = (depth: number, text: string) => `<!doctype html><html><body>${"<div>".repeat(depth)}<p>${text}</p>${"</div>".repeat(depth)}</body></html>`;

function repeatTo(bytes: number, sentence: (n: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const part = sentence(n) + (n % 5 === 0 ? "\n\n" : " ");
    size += Buffer.byteLength(part);
    parts.push(part);
  }
  return parts.join("").trim();
}

function scenarios() {
  const marker = () => randomUUID().slice(0, 8);
  const ru = (n: number) => `Министр Аскар Умаров прибыл в Астану в ${n}-й раз.`;
  const en = (n: number) => `Minister Askar Umarov arrived in Astana for the ${n}th time.`;
  const MB = 1000 * 1000;
  return [
    { name: "HTML nested 5,000 deep, both sides (~55 KB each)", body: () => { const m = marker(); return { source: nested(5000, `Войлок ${m}.`), target: nested(5000, `Felt ${m}.`) }; } },
    { name: "HTML nested 1,000 deep, both sides", body: () => { const m = marker(); return { source: nested(1000, `Войлок ${m}.`), target: nested(1000, `Felt ${m}.`) }; } },
    { name: "HTML, 1 MB per side of paragraphs, parsed then refused (no Cyrillic)", body: () => { const m = marker(); const page = `<html><body><article>${repeatTo(0.95 * MB, (n) => `<p>${en(n)} ${m}</p>`)}</article></body></html>`; return { source: page, target: page }; } },
    { name: `plain text, ${PLAIN_KB} KB per side, imported and checked`, body: () => { const m = marker(); return { source: `${m} ${repeatTo(PLAIN_KB * 1000, ru)}`, target: `${m} ${repeatTo(PLAIN_KB * 1000, en)}` }; } },
  ];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const summary = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const failed = sorted.filter((ms) => ms === Infinity).length;
  return `${sorted.length} probes${failed ? ` (${failed} failed)` : ""}: p50 ${percentile(sorted, 0.5).toFixed(1)} ms · p99 ${percentile(sorted, 0.99).toFixed(1)} ms · max ${sorted.at(-1)!.toFixed(1)} ms`;
};

async function main() {
  const running = process.env.ERRATA_URL;
  const errata = running ? { base: running.replace(/\/$/, ""), stop: () => {} } : await startErrata(PORT);
  try {
    const { hostname } = new URL(errata.base);
    if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(hostname)) throw new Error("bench:hostile sends load to loopback only");
    const cookie = await signIn(errata.base, process.env.ERRATA_EMAIL ?? "reviewer@errata.test", process.env.ERRATA_PASSWORD ?? "errata-demo");
    // Warm: the probe route, and the import route's modules (the checks load their dictionaries on first use).
    for (let i = 0; i < 50; i++) await fetch(`${errata.base}${PROBE}`);
    await importPair(errata.base, cookie, { source: "Мост открыли.", target: "The bridge was reopened." });

    const stopIdle = probe(errata.base);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    console.log(`${PROBE} idle: ${summary(await stopIdle())}`);
    for (const scenario of scenarios()) {
      const body = JSON.stringify(scenario.body());
      const stopProbe = probe(errata.base);
      const started = performance.now();
      const { response, answer } = await importPair(errata.base, cookie, body);
      const took = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 200));
      const latencies = await stopProbe();
      console.log(`${scenario.name} (${(body.length / 1024).toFixed(0)} KB): ${response.status} in ${took.toFixed(0)} ms${answer.error ? ` — ${answer.error.slice(0, 90)}` : ""}`);
      console.log(`  ${PROBE} meanwhile: ${summary(latencies)}`);
    }
  } finally {
    errata.stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
