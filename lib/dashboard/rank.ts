/** MQM-style penalty points per open flag, by severity. */
export const SEVERITY_PENALTY: Record<string, number> = { minor: 1, major: 5, critical: 10 };

export interface ArticleSignals {
  openReports: number;
  openFlags: number;
  /** Sum of the open flags' severity penalties. */
  penalty: number;
  words: number;
}

/**
 * An MQM-style quality score, 0–100: 100 less the penalty points per word, as a percentage. A short article
 * with two critical errors scores lower than a long one with the same two.
 */
export function qualityScore({ penalty, words }: Pick<ArticleSignals, "penalty" | "words">): number {
  if (words === 0) return penalty === 0 ? 100 : 0;
  return Math.max(0, Math.round(100 * (1 - penalty / words)));
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The order of the review dashboard: what readers reported first (they saw it), then the most open flags,
 * then the lowest quality; newest first among equals.
 */
export function rankArticles<T extends ArticleSignals & { createdAt: Date }>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.openReports - a.openReports || b.openFlags - a.openFlags || qualityScore(a) - qualityScore(b) || b.createdAt.getTime() - a.createdAt.getTime(),
  );
}
