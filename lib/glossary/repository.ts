import type { Db, Tx } from "@/lib/db";
import type { GlossaryEntry } from "./types";

/** The glossary the checks use for one language pair (the starter terms plus what reviewers added). */
export async function loadGlossary(db: Db | Tx, sourceLang: string, targetLang: string): Promise<GlossaryEntry[]> {
  const rows = await db.glossaryTerm.findMany({
    where: { sourceLang, targetLang },
    select: { source: true, target: true, kind: true, note: true },
    orderBy: { source: "asc" },
  });
  return rows;
}
