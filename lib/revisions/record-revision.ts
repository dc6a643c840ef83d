import { ALIGNMENT_VERSION, type PreparedAnalysis } from "@/lib/analysis";
import { databaseProvider, databaseUrl, Prisma, type Tx } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { storeFlags } from "@/lib/flags/store-flags";
import { queueRevisionCreated } from "@/lib/webhooks";

export interface NewRevision {
  articleId: string;
  /** The revision this one replaces: if another revision landed since, nothing is written (optimistic lock). */
  expectedCurrent: number;
  text: string;
  origin: "correction" | "revert";
  authorId: string | null;
  approverId: string | null;
  correctionId?: string;
  revertedTo?: number;
}

export class RevisionConflictError extends UserError {
  constructor() {
    super("The article changed while this was being saved. Reload and try again.", 409);
  }
}

/**
 * Appends the next immutable revision, with its alignment and flags, and makes it current (with its word count);
 * webhooks for revision.created get their deliveries in the same transaction.
 * The caller refreshes the article's stored counts (lib/article-counts) once its transaction's changes are made.
 */
export async function recordRevision(tx: Tx, revision: NewRevision, analysis: PreparedAnalysis) {
  const next = revision.expectedCurrent + 1;
  const moved = await tx.article.updateMany({
    where: { id: revision.articleId, currentRevision: revision.expectedCurrent },
    data: { currentRevision: next, wordCount: analysis.wordCount },
  });
  if (moved.count !== 1) throw new RevisionConflictError();
  const created = await tx.revision.create({
    data: {
      articleId: revision.articleId,
      number: next,
      text: revision.text,
      origin: revision.origin,
      authorId: revision.authorId,
      approverId: revision.approverId,
      correctionId: revision.correctionId ?? null,
      revertedTo: revision.revertedTo ?? null,
    },
  });
  await storeRevisionAnalysis(tx, { articleId: revision.articleId, revisionId: created.id }, analysis);
  await queueRevisionCreated(tx, created);
  return created;
}

/** Caches a revision's alignment and stores its flags. */
export async function storeRevisionAnalysis(tx: Tx, target: { articleId: string; revisionId: string }, analysis: PreparedAnalysis) {
  // Raw, with the JSON already text: through Prisma's Json handling a 1 MB article's alignment took ~1 s of the
  // request thread inside the transaction. The id is the revision's own (one alignment each), so no default is needed.
  const json = databaseProvider(databaseUrl()) === "postgresql" ? Prisma.sql`CAST(${analysis.alignment} AS jsonb)` : Prisma.sql`${analysis.alignment}`;
  await tx.$executeRaw`INSERT INTO "Alignment" ("id", "revisionId", "version", "data", "createdAt") VALUES (${`${target.revisionId}a`}, ${target.revisionId}, ${ALIGNMENT_VERSION}, ${json}, ${new Date()})`;
  await storeFlags(tx, target, analysis.flags);
}
