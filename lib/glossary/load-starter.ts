import type { Db } from "@/lib/db";
import { getSetting, setSetting } from "@/lib/settings";
import { termSearchKey } from "./edit-terms";
import { starterGlossary } from "./index";

/**
 * Puts the starter glossary (ru→en) into the database on first start; reviewers edit it from then on. Terms stored
 * before the search key existed get theirs first (a no-op query once none is left).
 */
export async function loadStarterGlossaryOnce(db: Db): Promise<number> {
  for (const term of await db.glossaryTerm.findMany({ where: { searchKey: "" }, select: { id: true, source: true, target: true, note: true } })) {
    await db.glossaryTerm.update({ where: { id: term.id }, data: { searchKey: termSearchKey(term) } });
  }
  if (await getSetting("starterGlossaryLoaded", db)) return 0;
  const key = (term: { source: string; target: string }) => `${term.source}\u0000${term.target}`;
  const existing = new Set((await db.glossaryTerm.findMany({ where: { sourceLang: "ru", targetLang: "en" }, select: { source: true, target: true } })).map(key));
  const fresh = starterGlossary.filter((term) => !existing.has(key(term)));
  await db.$transaction(async (tx) => {
    if (fresh.length) {
      await tx.glossaryTerm.createMany({
        data: fresh.map((term) => ({ sourceLang: "ru", targetLang: "en", source: term.source, target: term.target, kind: term.kind, note: term.note ?? null, searchKey: termSearchKey(term) })),
      });
    }
    await setSetting("starterGlossaryLoaded", true, tx);
  });
  return fresh.length;
}
