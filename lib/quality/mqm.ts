/**
 * MQM penalty points per confirmed error, by severity (MQM's standard weights), and what counts as confirmed:
 * - an approved correction is one error, at the severity and category the reviewer gave it (a flag's, by default);
 * - a reader report an editor accepted and no correction has fixed yet is one error of REPORT_SEVERITY, category
 *   REPORT_CATEGORY (a report fixed by a correction is that correction's error, so it is not counted twice);
 * - flags are suspicions until a correction settles them: an open flag costs nothing here.
 */
export const MQM_PENALTY = { minor: 1, major: 5, critical: 25 } as const;
export const REPORT_SEVERITY = "major" as const;
export const REPORT_CATEGORY = "Reader report (unclassified)";

/** Penalty points per 1,000 words; null for an article without words. */
export function penaltyPer1000(penalty: number, words: number | null): number | null {
  return words ? Math.round((penalty * 1000 * 10) / words) / 10 : null;
}
