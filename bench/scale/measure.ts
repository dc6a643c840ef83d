import { performance } from "node:perf_hooks";

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};

/** One GET: its time to the last byte and the bytes of its body as the browser gets it (after decompression). */
export async function timed(url: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

export interface Rounds {
  /** Requests one at a time, after 3 warm-up requests. */
  sequential: number;
  connections: number;
  perConnection: number;
}

/** Median and p95 one request at a time and with `connections` at once, and the page's size. */
export async function measure(url: string, headers: Record<string, string>, rounds: Rounds) {
  for (let i = 0; i < 3; i++) await timed(url, headers); // warm: compiled, cached plans
  const sequential: number[] = [];
  let bytes = 0;
  for (let i = 0; i < rounds.sequential; i++) {
    const one = await timed(url, headers);
    sequential.push(one.ms);
    bytes = one.bytes;
  }
  const concurrent: number[] = [];
  await Promise.all(Array.from({ length: rounds.connections }, async () => {
    for (let i = 0; i < rounds.perConnection; i++) concurrent.push((await timed(url, headers)).ms);
  }));
  return { median: percentile(sequential, 0.5), p95: percentile(sequential, 0.95), median8: percentile(concurrent, 0.5), p95x8: percentile(concurrent, 0.95), bytes };
}

export type Measured = Awaited<ReturnType<typeof measure>>;

export const TABLE_HEADER = `  ${"route".padEnd(24)} ${"median".padStart(8)} ${"p95".padStart(8)} ${"p95 ×login".padStart(11)} ${"8 conn median".padStart(14)} ${"8 conn p95".padStart(11)} ${"×login".padStart(7)} ${"KB".padStart(7)}`;

/** One row of the table, its ratios taken against /login measured the same way on the same server. */
export function tableRow(name: string, m: Measured, login: Measured) {
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(8);
  return `  ${name.padEnd(24)} ${ms(m.median)} ${ms(m.p95)} ${`${(m.p95 / login.p95).toFixed(1)}×`.padStart(11)} ${ms(m.median8).padStart(14)} ${ms(m.p95x8).padStart(11)} ${`${(m.p95x8 / login.p95x8).toFixed(1)}×`.padStart(7)} ${(m.bytes / 1024).toFixed(0).padStart(7)}`;
}
