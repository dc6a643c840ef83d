/** Waits between attempts of an outbox item: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h, then it has failed. */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 360, 720, 1440].map((minutes) => minutes * 60_000);

/** Attempts an item gets in all: the first, and one after each delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When to try again after `attempts` failed attempts, or null when that was the last one. */
export function nextAttemptAfter(attempts: number, failedAt: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(failedAt.getTime() + RETRY_DELAYS_MS[Math.max(attempts, 1) - 1]);
}
