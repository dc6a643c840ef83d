import type { SentenceChange } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { RevisionCache } from "./revision-cache";

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

// Every view of an article page shows the change log up to its current revision: read once per process, since the
// revisions up to one number never change (approved corrections are final). Bounded by the corrected words held.
const changeLogs = new RevisionCache<ChangeLogEntry[]>(2_000_000, (entries) => entries.reduce((sum, entry) => sum + 100 + entry.changes.reduce((n, change) => n + change.before.length + change.after.length, 0), 0));

/** What readers see under an article at revision `upTo`: when it was corrected and what changed, up to that revision. */
export function publicChangeLog(articleId: string, upTo: number): Promise<ChangeLogEntry[]> {
  return changeLogs.get(articleId, upTo, () => readChangeLog(articleId, upTo));
}

async function readChangeLog(articleId: string, upTo: number): Promise<ChangeLogEntry[]> {
  const revisions = await getDb().revision.findMany({
    where: { articleId, number: { lte: upTo }, origin: { in: ["correction", "revert"] } },
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
