"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis, Tooltip, type DotItemDotProps } from "recharts";
import { seriesKey, type TrendChartData } from "@/lib/quality/trend";

// Okabe–Ito colours (safe for colour-blind readers); each series also has its own dash pattern, marker shape and a
// label at its last point, so the chart reads in grey too.
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];
const DASHES = ["", "8 4", "2 3", "10 3 2 3", "4 4", "1 5"];
const MARKERS = ["circle", "square", "triangle", "diamond", "cross", "star"] as const;

function Marker({ shape, x, y, colour }: { shape: (typeof MARKERS)[number]; x: number; y: number; colour: string }) {
  const common = { stroke: colour, strokeWidth: 1.5, fill: "white" };
  switch (shape) {
    case "circle": return <circle cx={x} cy={y} r={4} {...common} />;
    case "square": return <rect x={x - 4} y={y - 4} width={8} height={8} {...common} />;
    case "triangle": return <path d={`M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z`} {...common} />;
    case "diamond": return <path d={`M${x},${y - 5} L${x + 5},${y} L${x},${y + 5} L${x - 5},${y} Z`} {...common} />;
    case "cross": return <path d={`M${x - 4},${y - 4} L${x + 4},${y + 4} M${x + 4},${y - 4} L${x - 4},${y + 4}`} stroke={colour} strokeWidth={2} />;
    default: return <path d={`M${x},${y - 5} L${x + 1.5},${y - 1.5} L${x + 5},${y - 1.5} L${x + 2},${y + 1} L${x + 3},${y + 5} L${x},${y + 2.5} L${x - 3},${y + 5} L${x - 2},${y + 1} L${x - 5},${y - 1.5} L${x - 1.5},${y - 1.5} Z`} fill={colour} />;
  }
}

/** The marker at each point, and the series' name beside its last point (a direct label, no legend lookup). */
function dotFor(index: number, name: string, lastIndex: number) {
  const shape = MARKERS[index % MARKERS.length];
  const colour = COLOURS[index % COLOURS.length];
  function SeriesDot(props: DotItemDotProps) {
    const { cx, cy, index: point } = props;
    if (typeof cx !== "number" || typeof cy !== "number") return <g />;
    return (
      <g>
        <Marker shape={shape} x={cx} y={cy} colour={colour} />
        {point === lastIndex && <text x={cx + 8} y={cy + 4} fontSize={11} fill="#1c1917">{name}</text>}
      </g>
    );
  }
  return SeriesDot;
}

/** Legend entry: the series' dash pattern and marker, drawn as in the chart. */
function LegendKey({ index }: { index: number }) {
  const colour = COLOURS[index % COLOURS.length];
  return (
    <svg width={34} height={12} aria-hidden="true" className="mr-1 inline-block align-middle">
      <line x1={1} y1={6} x2={33} y2={6} stroke={colour} strokeWidth={2} strokeDasharray={DASHES[index % DASHES.length]} />
      <Marker shape={MARKERS[index % MARKERS.length]} x={17} y={6} colour={colour} />
    </svg>
  );
}

/**
 * Penalty points per 1,000 words by month, one line per series (MT engine or publisher). The page puts the same
 * figures in a table under it, for screen readers and for anyone who prefers numbers.
 */
export function TrendChart({ data, title }: { data: TrendChartData; title: string }) {
  // The last month where each series has a value, for its direct label.
  const lastIndexes = data.series.map((_, i) => data.rows.findLastIndex((row) => row[seriesKey(i)] !== null));
  return (
    <figure data-testid="trend-chart" className="rounded border border-stone-200 bg-white p-3">
      <figcaption className="mb-2 text-sm font-medium">{title}</figcaption>
      <div role="img" aria-label={`${title}: line chart of penalty points per 1,000 words by month; the table below gives the figures.`}>
        <LineChart responsive data={data.rows} margin={{ top: 8, right: 110, bottom: 8, left: 0 }} style={{ width: "100%", height: 260 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis fontSize={12} width={44} label={{ value: "points / 1,000 words", angle: -90, position: "insideBottomLeft", fontSize: 11 }} />
          <Tooltip formatter={(value, key) => [value, data.series[Number(String(key).slice(1))] ?? key]} />
          {data.series.map((name, i) => (
            <Line
              key={name}
              type="linear"
              dataKey={seriesKey(i)}
              name={name}
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={2}
              strokeDasharray={DASHES[i % DASHES.length]}
              dot={dotFor(i, name, lastIndexes[i])}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Series">
        {data.series.map((name, i) => <li key={name}><LegendKey index={i} />{name}</li>)}
      </ul>
    </figure>
  );
}
