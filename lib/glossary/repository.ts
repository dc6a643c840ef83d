import type { Db, Tx } from "@/lib/db";
import type { GlossaryEntry } from "./types";

/**
 * The glossary the checks use for one language pair and one article's publisher: the terms for everywhere (the
 * starter terms plus what reviewers added) and the publisher's own, which replace those of the same source.
 */
export async function loadGlossary(db: Db | Tx, sourceLang: string, targetLang: string, publisherId: string | null = null): Promise<GlossaryEntry[]> {
  const rows = await db.glossaryTerm.findMany({
    where: { sourceLang, targetLang, OR: [{ publisherId: null }, ...(publisherId ? [{ publisherId }] : [])] },
    select: { source: true, target: true, kind: true, note: true, publisherId: true },
    orderBy: { source: "asc" },
  });
  const ownSources = new Set(rows.filter((row) => row.publisherId !== null).map((row) => row.source));
  return rows
    .filter((row) => row.publisherId !== null || !ownSources.has(row.source))
    .map((row) => ({ source: row.source, target: row.target, kind: row.kind, note: row.note }));
}
