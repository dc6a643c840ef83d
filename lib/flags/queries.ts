import type { Finding, MqmCategory, Severity } from "@/lib/checks/types";
import { z } from "zod";
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

export const flagFilterSchema = z.object({
  status: z.enum(["OPEN", "DISMISSED", "RESOLVED"]).optional(),
  check: z.string().min(1).max(64).optional().describe("A check's id, such as name-case"),
});

/** Flags of an article's current revision (offsets into that revision's text), or null for no such article. */
export async function currentFlags(articleId: string, filter: z.output<typeof flagFilterSchema> = {}): Promise<FlagJson[] | null> {
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { currentRevision: true } });
  if (!article) return null;
  const flags = await db.flag.findMany({
    where: { articleId, revision: { number: article.currentRevision }, ...(filter.status ? { status: filter.status } : {}), ...(filter.check ? { check: filter.check } : {}) },
    orderBy: [{ targetStart: "asc" }, { check: "asc" }],
  });
  return flags.map(toFlagJson);
}
