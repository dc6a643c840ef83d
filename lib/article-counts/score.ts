/** MQM-style penalty points per open flag, by severity. */
export const SEVERITY_PENALTY: Record<string, number> = { minor: 1, major: 5, critical: 10 };

/**
 * An MQM-style quality score, 0–100: 100 less the penalty points per word, as a percentage. A short article
 * with two critical errors scores lower than a long one with the same two.
 */
export function qualityScore({ penalty, words }: { penalty: number; words: number }): number {
  if (words === 0) return penalty === 0 ? 100 : 0;
  return Math.max(0, Math.round(100 * (1 - penalty / words)));
}
