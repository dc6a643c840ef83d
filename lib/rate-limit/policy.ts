/** A number of requests allowed per window, e.g. 5 per 300 seconds. */
export interface Limit {
  points: number;
  seconds: number;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
const ITEM = /^(\d{1,6})\s*\/\s*(\d{0,4})\s*([smhd])$/;

/**
 * Reads a limits string such as "5/5m, 15/30m, 30/1d" (5 per 5 minutes, 15 per 30 minutes, 30 per day): the
 * format of ERRATA_REPORT_LIMITS, ERRATA_REPORT_ARTICLE_LIMITS and a publisher's report limits.
 */
export function parseLimits(text: string): Limit[] {
  const items = text.split(",").map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) throw new Error("Give at least one limit, such as 5/5m.");
  return items.map((item) => {
    const match = ITEM.exec(item);
    const points = match ? Number(match[1]) : 0;
    const seconds = match ? Number(match[2] || 1) * UNIT_SECONDS[match[3]] : 0;
    if (!match || points < 1 || seconds < 1) throw new Error(`“${item}” is not a limit: write COUNT/WINDOW, such as 5/5m, 15/30m or 30/1d (units s, m, h, d).`);
    return { points, seconds };
  });
}

export function formatLimits(limits: readonly Limit[]): string {
  return limits.map(({ points, seconds }) => `${points}/${formatWindow(seconds)}`).join(", ");
}

function formatWindow(seconds: number): string {
  for (const unit of ["d", "h", "m"] as const) {
    if (seconds % UNIT_SECONDS[unit] === 0) return `${seconds / UNIT_SECONDS[unit]}${unit}`;
  }
  return `${seconds}s`;
}

/** "3 minutes", "1 hour": how long a person has to wait, rounded up to a unit they think in. */
export function describeWait(seconds: number): string {
  const [value, unit] = seconds < 90 ? [seconds, "second"] : seconds < 90 * 60 ? [Math.ceil(seconds / 60), "minute"] : [Math.ceil(seconds / 3600), "hour"];
  return `${value} ${unit}${value === 1 ? "" : "s"}`;
}
