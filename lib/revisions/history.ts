import type { SentenceChange } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";

const PERSON = { select: { email: true, name: true } } as const;

/** Every revision of an article, newest first, without texts: who wrote it, who approved it, and why. */
export async function revisionHistory(articleId: string) {
  return getDb().revision.findMany({
    where: { articleId },
    orderBy: { number: "desc" },
    select: {
      number: true,
      origin: true,
      createdAt: true,
      revertedTo: true,
      author: PERSON,
      approver: PERSON,
      correction: { select: { id: true, category: true, severity: true, note: true } },
    },
  });
}

export type RevisionSummary = Awaited<ReturnType<typeof revisionHistory>>[number];

/** One revision with its text and who made it; null when the article has no such revision. */
export async function revisionWithText(articleId: string, number: number) {
  return getDb().revision.findUnique({
    where: { articleId_number: { articleId, number } },
    select: { number: true, origin: true, createdAt: true, revertedTo: true, text: true, author: PERSON, approver: PERSON, correction: { select: { id: true, category: true, severity: true, note: true } } },
  });
}

export async function revisionText(articleId: string, number: number): Promise<string> {
  const revision = await getDb().revision.findUnique({ where: { articleId_number: { articleId, number } }, select: { text: true } });
  if (!revision) throw new UserError(`This article has no revision ${number}.`, 404);
  return revision.text;
}

export interface ChangeLogEntry {
  number: number;
  date: Date;
  kind: "correction" | "revert";
  category: string | null;
  /** The corrected words, sentence by sentence. */
  changes: { before: string; after: string }[];
  revertedTo: number | null;
}

/** What readers see under an article: when it was corrected and what changed. */
export async function publicChangeLog(articleId: string): Promise<ChangeLogEntry[]> {
  const revisions = await getDb().revision.findMany({
    where: { articleId, origin: { in: ["correction", "revert"] } },
    orderBy: { number: "desc" },
    select: { number: true, createdAt: true, origin: true, revertedTo: true, correction: { select: { category: true, edits: true } } },
  });
  return revisions.map((revision) => ({
    number: revision.number,
    date: revision.createdAt,
    kind: revision.origin === "revert" ? "revert" : "correction",
    category: revision.correction?.category ?? null,
    changes: ((revision.correction?.edits ?? []) as unknown as SentenceChange[]).map(({ before, after }) => ({ before, after })),
    revertedTo: revision.revertedTo,
  }));
}
