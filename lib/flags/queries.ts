import type { Finding, MqmCategory, Severity } from "@/lib/checks/types";
import { getDb, type Flag } from "@/lib/db";

export type FlagJson = Finding & { id: string; status: Flag["status"] };

/** A stored flag in the shape the check CLI prints (plus its id and status). */
export function toFlagJson(flag: Flag): FlagJson {
  return {
    id: flag.id,
    status: flag.status,
    check: flag.check,
    category: flag.category as MqmCategory,
    severity: flag.severity as Severity,
    message: flag.message,
    target: { start: flag.targetStart, end: flag.targetEnd, text: flag.targetText },
    source: flag.sourceStart === null || flag.sourceEnd === null ? null : { start: flag.sourceStart, end: flag.sourceEnd, text: flag.sourceText ?? "" },
    suggestion: flag.suggestion,
  };
}

/** Flags of an article's current revision (offsets into that revision's text), or null for no such article. */
export async function currentFlags(articleId: string): Promise<FlagJson[] | null> {
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { currentRevision: true } });
  if (!article) return null;
  const flags = await db.flag.findMany({
    where: { articleId, revision: { number: article.currentRevision } },
    orderBy: [{ targetStart: "asc" }, { check: "asc" }],
  });
  return flags.map(toFlagJson);
}
