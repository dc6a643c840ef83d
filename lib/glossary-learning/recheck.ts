import type { Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";

/**
 * The part of a term's source every case form begins with (Умаров → Умаров, Умарова; Алма-Ата → Алма-Ат): a cheap
 * SQL filter for the articles that may mention it; the checks decide.
 */
export function sourceStem(source: string): string {
  return source.trim().replace(/[аяоеиыйь]$/u, "");
}

/**
 * The past articles to re-check against a glossary term: those not archived whose original mentions it. The
 * re-check itself runs as a background job (lib/jobs, kind glossary-recheck), one article at a time.
 */
export function articlesMentioningTerm(source: string): Prisma.ArticleWhereInput {
  const stem = sourceStem(source);
  if (!stem) throw new UserError("The term has no source text.", 422);
  return { sourceText: { contains: stem }, status: { not: "ARCHIVED" } };
}
