import { seriesKey, type TrendChartData } from "@/lib/quality/trend";

/** The chart's figures as a table: for screen readers, for print, and for anyone who prefers numbers. */
export function TrendTable({ data, caption }: { data: TrendChartData; caption: string }) {
  return (
    <details open>
      <summary className="cursor-pointer text-sm underline">Figures as a table</summary>
      <table className="mt-2 w-full text-left text-sm" data-testid="trend-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-stone-500">
          <tr><th className="px-2 py-1">Month</th>{data.series.map((name) => <th key={name} className="px-2 py-1 text-right">{name}</th>)}</tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.month} className="border-t border-stone-200">
              <th scope="row" className="px-2 py-1 font-normal">{row.month}</th>
              {data.series.map((name, i) => <td key={name} className="px-2 py-1 text-right tabular-nums">{row[seriesKey(i)] ?? "–"}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
