import type { Db } from "@/lib/db";
import { getSetting, setSetting } from "@/lib/settings";
import { starterGlossary } from "./index";

/** Puts the starter glossary (ru→en) into the database on first start; reviewers edit it from then on. */
export async function loadStarterGlossaryOnce(db: Db): Promise<number> {
  if (await getSetting("starterGlossaryLoaded", db)) return 0;
  const key = (term: { source: string; target: string }) => `${term.source}\u0000${term.target}`;
  const existing = new Set((await db.glossaryTerm.findMany({ where: { sourceLang: "ru", targetLang: "en" }, select: { source: true, target: true } })).map(key));
  const fresh = starterGlossary.filter((term) => !existing.has(key(term)));
  await db.$transaction(async (tx) => {
    if (fresh.length) {
      await tx.glossaryTerm.createMany({
        data: fresh.map((term) => ({ sourceLang: "ru", targetLang: "en", source: term.source, target: term.target, kind: term.kind, note: term.note ?? null })),
      });
    }
    await setSetting("starterGlossaryLoaded", true, tx);
  });
  return fresh.length;
}
