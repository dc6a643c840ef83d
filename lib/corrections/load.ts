import { alignedRevision } from "@/lib/articles";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";

/** An article with its current revision (text and alignment): what a correction is made against. */
export async function loadCurrentRevision(articleId: string) {
  const db = getDb();
  const article = await db.article.findUnique({ where: { id: articleId } });
  if (!article) throw new UserError("No article with that id.", 404);
  const revision = await db.revision.findUniqueOrThrow({
    where: { articleId_number: { articleId, number: article.currentRevision } },
    include: { alignment: true },
  });
  return { article, revision, aligned: await alignedRevision(article, revision) };
}

export type CurrentRevision = Awaited<ReturnType<typeof loadCurrentRevision>>;

/** A correction is made against the revision the reviewer saw; if another landed since, they redo it. */
export function requireBaseIsCurrent(current: CurrentRevision, baseRevision: number) {
  if (current.article.currentRevision !== baseRevision) {
    throw new UserError(`The article changed since you opened it (it is now at revision ${current.article.currentRevision}). Reload the page and make the correction again.`, 409);
  }
}
