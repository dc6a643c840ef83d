import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { rerunChecks } from "@/lib/flags";
import { canDecideGlossaryProposal } from "@/lib/permissions";

export interface RecheckProgress {
  /** Articles re-checked so far, and the flags the runs added. */
  checked: number;
  added: number;
  /** Where the next batch starts (an article id); null once every article is done. */
  cursor: string | null;
}

/**
 * The part of a term's source every case form begins with (Умаров → Умаров, Умарова; Алма-Ата → Алма-Ат): a cheap
 * SQL filter for the articles that may mention it; the checks decide.
 */
export function sourceStem(source: string): string {
  return source.trim().replace(/[аяоеиыйь]$/u, "");
}

/**
 * One batch of the past articles whose original mentions a glossary term, re-checked against the glossary of now
 * (rerunChecks: new flags added, dismissed ones kept dismissed). Call again with the returned cursor until it is
 * null; a background job runs it batch by batch with its progress.
 */
export async function recheckBatch(user: CurrentUser, source: string, cursor: string | null = null, batchSize = 20): Promise<RecheckProgress> {
  if (!canDecideGlossaryProposal(user)) throw new UserError("Only editors can re-check past articles.", 403);
  const stem = sourceStem(source);
  if (!stem) throw new UserError("The term has no source text.", 422);
  const articles = await getDb().article.findMany({
    where: { sourceText: { contains: stem }, status: { not: "ARCHIVED" }, ...(cursor ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" },
    select: { id: true },
    take: batchSize,
  });
  let added = 0;
  for (const article of articles) added += (await rerunChecks(user, article.id)).added;
  return { checked: articles.length, added, cursor: articles.length === batchSize ? articles.at(-1)!.id : null };
}

/** Every batch in turn, reporting progress after each: what the on-demand action runs until the job runner takes it. */
export async function recheckArticlesWithTerm(user: CurrentUser, source: string, onProgress?: (progress: RecheckProgress) => void) {
  const total = { checked: 0, added: 0 };
  let cursor: string | null = null;
  do {
    const batch = await recheckBatch(user, source, cursor);
    total.checked += batch.checked;
    total.added += batch.added;
    cursor = batch.cursor;
    onProgress?.({ ...total, cursor });
  } while (cursor);
  return total;
}
