/**
 * The one table `npm run eval` prints: each figure on the tuning part and on the check part, its target
 * (judged on tuning only, the part we tune against), and for rates whether check stays within 0.05 of tuning.
 */

export interface Figure {
  value: number;
  /** How it was counted, printed beside the value: "12/17". */
  detail?: string;
  /** The sample size: a gap between parts on a few dozen items is mostly chance. */
  n?: number;
}

export interface Target {
  text: string;
  met(value: number): boolean;
}

export const atLeast = (bound: number): Target => ({ text: `≥ ${bound}`, met: (value) => value >= bound });
export const atMost = (bound: number): Target => ({ text: `≤ ${bound}`, met: (value) => value <= bound });

type Cell = Figure | string | null;

export interface RowSpec {
  metric: string;
  tuning?: Cell;
  check?: Cell;
  target?: Target | string;
  /** A share or a per-sentence rate: compared across parts. Per-1,000-word figures are not. */
  rate?: boolean;
  digits?: number;
  /** For rows whose value is text ("12/12"): whether the target is met. */
  met?: boolean;
}

interface Row {
  metric: string;
  tuning: string;
  check: string;
  target: string;
  met: boolean | null;
  /** |check − tuning| ≤ 0.05, for rates with both values. */
  stable: boolean | null;
  gap: { tuning: Figure; check: Figure } | null;
}

/** Below this many items on either side a gap between the parts is flagged as a small sample. */
const SMALL_SAMPLE = 30;
const RATE_TOLERANCE = 0.05;

const rows: Row[] = [];

const isFigure = (cell: Cell | undefined): cell is Figure => typeof cell === "object" && cell !== null;

function show(cell: Cell | undefined, digits: number): string {
  if (cell === undefined || cell === null) return "—";
  if (typeof cell === "string") return cell;
  return cell.value.toFixed(digits) + (cell.detail ? ` (${cell.detail})` : "");
}

export function addRow(spec: RowSpec): void {
  const digits = spec.digits ?? 2;
  const target = typeof spec.target === "string" ? spec.target : (spec.target?.text ?? "—");
  let met = spec.met ?? null;
  if (met === null && typeof spec.target === "object" && isFigure(spec.tuning)) met = spec.target.met(spec.tuning.value);
  const gap = spec.rate && isFigure(spec.tuning) && isFigure(spec.check) ? { tuning: spec.tuning, check: spec.check } : null;
  rows.push({
    metric: spec.metric,
    tuning: show(spec.tuning, digits),
    check: show(spec.check, digits),
    target,
    met,
    stable: gap ? Math.abs(gap.check.value - gap.tuning.value) <= RATE_TOLERANCE : null,
    gap,
  });
}

/** A share as a figure: 12 of 17 → 0.71 (12/17). An empty share is 0, with its n of 0 showing why. */
export const share = (part: number, whole: number): Figure => ({
  value: whole === 0 ? 0 : part / whole,
  detail: `${part}/${whole}`,
  n: whole,
});

const mark = (flag: boolean | null) => (flag === null ? "" : flag ? "✓" : "✗");

export function printTable(): void {
  const header = ["metric", "tuning", "check", "target", "met", "check within 0.05"];
  const cells = rows.map((r) => [r.metric, r.tuning, r.check, r.target, mark(r.met), mark(r.stable)]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => "-".repeat(width))));
  for (const row of cells) console.log(line(row));
  printSummary();
}

function printSummary(): void {
  const judged = rows.filter((r) => r.met !== null);
  const missed = judged.filter((r) => !r.met);
  console.log(`\nTargets met on tuning: ${judged.length - missed.length} of ${judged.length}`);
  for (const r of missed) console.log(`  ✗ ${r.metric.trim()}: ${r.tuning} (target ${r.target})`);
  const drifting = rows.filter((r) => r.stable === false);
  console.log(`Rates where check differs from tuning by more than ${RATE_TOLERANCE}: ${drifting.length}`);
  for (const r of drifting) {
    const smallest = Math.min(r.gap?.tuning.n ?? Infinity, r.gap?.check.n ?? Infinity);
    const note = smallest < SMALL_SAMPLE ? `  (small sample: n = ${smallest})` : "";
    console.log(`  ${r.metric.trim()}: tuning ${r.tuning}, check ${r.check}${note}`);
  }
}
