import { createHash } from "node:crypto";
import type { DatabaseProvider } from "@/lib/db";

/**
 * The key of a report's article, selection and suggestion (Report.dedupeKey, unique): the JSON array of the three.
 * PostgreSQL stores its SHA-256, since an index entry there is at most ~2.7 KB; SQLite the text itself, since it has
 * no hash function for the migration that gave older reports their keys (…_report_dedupe_key_backfill), which
 * computes both in SQL: keep them in step.
 */
export function dedupeKey(provider: DatabaseProvider, articleId: string, selected: { selection: string; suggestion: string | null }): string {
  const json = JSON.stringify([articleId, selected.selection, selected.suggestion]);
  return provider === "postgresql" ? createHash("sha256").update(json).digest("hex") : json;
}
