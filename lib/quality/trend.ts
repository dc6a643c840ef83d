import { penaltyPer1000 } from "./mqm";
import type { TrendPoint } from "./queries";

export interface TrendChartData {
  /** Series names in drawing order (the busiest first; the rest as "Other"). */
  series: string[];
  /** One row per month: `s0`, `s1`… hold each series' penalty per 1,000 words (null: no articles that month). */
  rows: Array<{ month: string } & Record<string, number | string | null>>;
}

/** Keys for the chart's data: series names may hold dots, which Recharts would read as paths. */
export const seriesKey = (index: number) => `s${index}`;

/**
 * The trend's grouped rows (month × series, a few dozen) as chart data: the `maxSeries` - 1 series with the most
 * articles drawn on their own, the others summed as "Other" so that a chart stays readable.
 */
export function trendChartData(points: readonly TrendPoint[], maxSeries: number): TrendChartData {
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.series, (totals.get(p.series) ?? 0) + p.articles);
  const ranked = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const kept = ranked.length > maxSeries ? ranked.slice(0, maxSeries - 1) : ranked;
  const series = ranked.length > kept.length ? [...kept, "Other"] : kept;
  const sums = new Map<string, { words: number; penalty: number }>();
  for (const p of points) {
    const name = kept.includes(p.series) ? p.series : "Other";
    const key = `${p.month}\u0000${name}`;
    const sum = sums.get(key) ?? { words: 0, penalty: 0 };
    sums.set(key, { words: sum.words + p.words, penalty: sum.penalty + p.penalty });
  }
  const months = [...new Set(points.map((p) => p.month))].sort();
  const rows = months.map((month) => {
    const row: { month: string } & Record<string, number | string | null> = { month };
    series.forEach((name, i) => {
      const sum = sums.get(`${month}\u0000${name}`);
      row[seriesKey(i)] = sum ? penaltyPer1000(sum.penalty, sum.words) : null;
    });
    return row;
  });
  return { series, rows };
}
