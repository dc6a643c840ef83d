import { alignTexts } from "@/lib/align";
import type { AlignedText } from "@/lib/align/types";
import { ALIGNMENT_VERSION, deserializeAlignment, serializeAlignment, type StoredAlignment } from "@/lib/analysis";
import { getDb, type Prisma } from "@/lib/db";
import { RecentCache } from "./recent-cache";

interface RevisionForAlignment {
  id: string;
  text: string;
  alignment: { version: string; data: unknown } | null;
}

/** A revision's alignment against the original: from the cache, or computed and cached when stale. */
export async function alignedRevision(
  article: { sourceText: string; sourceLang: string; targetLang: string },
  revision: RevisionForAlignment,
): Promise<AlignedText> {
  if (revision.alignment?.version === ALIGNMENT_VERSION) {
    return deserializeAlignment(revision.alignment.data as StoredAlignment, article.sourceText, revision.text);
  }
  const aligned = alignTexts(article.sourceText, revision.text, { sourceLang: article.sourceLang, targetLang: article.targetLang });
  const data = serializeAlignment(aligned) as unknown as Prisma.InputJsonValue;
  await getDb().alignment.upsert({
    where: { revisionId: revision.id },
    create: { revisionId: revision.id, version: ALIGNMENT_VERSION, data },
    update: { version: ALIGNMENT_VERSION, data },
  });
  return aligned;
}

/**
 * Revisions never change, nor does an article's original, so the pages that show a revision whole keep its
 * alignment (with both texts) in memory, the most recently used first: a 50,000-word article is then not read
 * from the database and rebuilt on every request. About 8 million characters, a dozen such articles.
 */
const recent = new RecentCache<AlignedText>(8_000_000);

/** A revision's alignment by its id, from memory when it was used lately. */
export async function alignedRevisionById(revisionId: string): Promise<AlignedText> {
  const cached = recent.get(revisionId);
  if (cached) return cached;
  const revision = await getDb().revision.findUniqueOrThrow({
    where: { id: revisionId },
    select: { id: true, text: true, alignment: { select: { version: true, data: true } }, article: { select: { sourceText: true, sourceLang: true, targetLang: true } } },
  });
  const aligned = await alignedRevision(revision.article, revision);
  recent.set(revisionId, aligned, aligned.source.text.length + aligned.target.text.length);
  return aligned;
}

/** A revision's alignment, by article and revision number. */
export async function alignedRevisionOf(articleId: string, revisionNumber: number): Promise<AlignedText> {
  const { id } = await getDb().revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: revisionNumber } }, select: { id: true } });
  return alignedRevisionById(id);
}
