import { randomUUID } from "node:crypto";
import { countNewOpenReport } from "@/lib/article-counts";
import { databaseProvider, databaseUrl, getDb, Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { articleRef, queueWebhookEvent } from "@/lib/webhooks";
import { contextAround } from "./context";
import { dedupeKey } from "./dedupe-key";
import { currentText, findArticleForReport, type ReportableArticle } from "./find-article";
import { HONEYPOT_FIELD } from "./limits";
import { locateSelection } from "./locate-selection";
import { originAllowed } from "./origins";
import { enforceReportLimits } from "./rate-limits";
import { reportInputSchema, type ValidReportInput } from "./report-input";

export interface ReportSender {
  /** Salted hash of the reader's address (lib/rate-limit clientHash). */
  clientHash: string;
  /** The page's origin when it is not Errata's own (the widget on a publisher's site); null on our pages. */
  crossOrigin: string | null;
}

export interface CreatedReport {
  id: string;
  /** How many readers have reported this selection with this suggestion. */
  readers: number;
}

/**
 * A reader's report, from the article page or the widget: validated, limited, checked against the current
 * text, then stored — or counted as one more reader on the same report when someone already sent this
 * selection with this suggestion.
 */
export async function createReport(body: unknown, sender: ReportSender): Promise<CreatedReport> {
  const input = reportInputSchema.parse(body);
  // A bot filled in the field people cannot see: it is told all went well, and nothing is kept.
  if (input[HONEYPOT_FIELD]) return { id: randomUUID(), readers: 1 };
  const article = await findArticleForReport(input.article);
  if (!article) throw new UserError(`No article matches “${input.article}”. Check the article's address, or the data-errata-article attribute of the widget.`, 404);
  if (sender.crossOrigin && !originAllowed(sender.crossOrigin, article.publisher)) {
    throw new UserError(`Reports about this article cannot be sent from ${sender.crossOrigin}: its publisher has not allowed that site.`, 403);
  }
  await enforceReportLimits(article, sender.clientHash);
  const text = await currentText(article);
  const location = locateSelection(text, input);
  if (!location.found) throw staleSelection(location.reason);
  return storeReport(article, text, location, input, sender.clientHash);
}

function staleSelection(reason: "missing" | "ambiguous"): UserError {
  return reason === "missing"
    ? new UserError("The text you selected is no longer in the article: it may have been corrected already. Reload the page and select it again.", 409)
    : new UserError("The text you selected appears several times in the article and we cannot tell which one you mean. Select a few more words around it.", 409);
}

/**
 * Reports a repeat may join: those still waiting for a correction. A report a reviewer set aside (rejected, spam,
 * duplicate) is not reopened by a repeat: another reader's repeat is a new report, so their word reaches the inbox,
 * while the same reader sending it again gets the report they already sent (spam stays set aside).
 */
const JOINABLE_STATUSES = ["NEW", "ACCEPTED"] as const;
const SET_ASIDE_STATUSES = ["REJECTED", "DUPLICATE", "SPAM"] as const;

/** A report about to be stored: the row as it goes into the table. */
interface NewReport {
  id: string;
  articleId: string;
  revision: number;
  selection: string;
  suggestion: string | null;
  start: number;
  end: number;
  contextBefore: string;
  contextAfter: string;
  comment: string | null;
  email: string | null;
  clientHash: string;
  dedupeKey: string;
  createdAt: Date;
}

/**
 * Stores a new report, or counts one more reader on the same report. Every article, selection and suggestion has one
 * dedupe key, unique in the database and held by one of their reports (a migration gave reports from before the key
 * theirs; a key changes hands only inside the transaction that stores its next holder). So a report is first simply
 * stored: most are new, and the key lets the database refuse a repeat, at once and on any instance, without a look
 * first. A refused one is a repeat: it joins the open report, gives the reader their own set-aside one, or becomes a
 * new report that takes the key from the report holding it, which has left the open states.
 */
async function storeReport(article: ReportableArticle, text: string, at: { start: number; end: number }, input: ValidReportInput, clientHash: string): Promise<CreatedReport> {
  const selection = text.slice(at.start, at.end);
  // Leaving the prefilled suggestion as it was is no suggestion.
  const selected = { selection, suggestion: input.suggestion && input.suggestion !== selection ? input.suggestion : null };
  const context = contextAround(text, at.start, at.end);
  const report: NewReport = {
    id: randomUUID(),
    articleId: article.id,
    revision: article.currentRevision,
    ...selected,
    start: at.start,
    end: at.end,
    contextBefore: context.before,
    contextAfter: context.after,
    comment: input.comment ?? null,
    email: input.email ?? null,
    clientHash,
    dedupeKey: dedupeKey(databaseProvider(databaseUrl()), article.id, selected),
    createdAt: new Date(),
  };
  if (await insertReport(report, { takeKey: false })) return { id: report.id, readers: 1 };
  for (let attempt = 1; ; attempt++) {
    // One query for both: the open report a repeat joins, else this reader's own report that was set aside.
    const candidates = await getDb().report.findMany({
      where: {
        articleId: article.id,
        ...selected,
        OR: [{ status: { in: [...JOINABLE_STATUSES] } }, { status: { in: [...SET_ASIDE_STATUSES] }, OR: [{ clientHash }, { readers: { some: { clientHash } } }] }],
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, clientHash: true, readerCount: true, status: true },
    });
    const open = candidates.find((candidate) => isJoinable(candidate.status));
    if (open) return open.clientHash === clientHash ? { id: open.id, readers: open.readerCount } : joinReport(open, input, clientHash);
    const own = candidates[0];
    if (own) return { id: own.id, readers: own.readerCount };
    // A report that has left the open states (set aside, resolved) holds the key: it gives it up to this one. Refused
    // again, someone has stored this report since we looked: the next round finds it open and joins it.
    if (await insertReport(report, { takeKey: true })) return { id: report.id, readers: 1 };
    if (attempt === 3) throw new Error(`Report ${report.dedupeKey} could be neither stored nor joined.`);
  }
}

const isJoinable = (status: string) => (JOINABLE_STATUSES as readonly string[]).includes(status);

/**
 * Stores the report unless a report holds its key (then false), with its article's open-report count and its
 * report.received webhook deliveries, in one transaction. With `takeKey`, a report holding the key that is no longer
 * open gives it up first, in the same transaction: a key is never left to no report.
 * Raw SQL: INSERT … ON CONFLICT DO NOTHING refuses a repeat without an error, which on PostgreSQL would end the
 * transaction, and costs the request thread a fraction of what Prisma's create does.
 */
async function insertReport(r: NewReport, { takeKey }: { takeKey: boolean }): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    if (takeKey) {
      await tx.report.updateMany({ where: { dedupeKey: r.dedupeKey, status: { notIn: [...JOINABLE_STATUSES] } }, data: { dedupeKey: null } });
    }
    const stored = await tx.$queryRaw<Array<{ id: string }>>`
      INSERT INTO "Report" ("id", "articleId", "revision", "selection", "suggestion", "start", "end", "contextBefore", "contextAfter", "comment", "email", "clientHash", "dedupeKey", "createdAt", "updatedAt")
      VALUES (${r.id}, ${r.articleId}, ${r.revision}, ${r.selection}, ${r.suggestion}, ${r.start}, ${r.end}, ${r.contextBefore}, ${r.contextAfter}, ${r.comment}, ${r.email}, ${r.clientHash}, ${r.dedupeKey}, ${r.createdAt}, ${r.createdAt})
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING "id"`;
    if (stored.length === 0) return false;
    await countNewOpenReport(tx, r.articleId);
    await queueWebhookEvent(tx, "report.received", async () => ({
      article: await articleRef(tx, r.articleId),
      report: { id: r.id, revision: r.revision, selection: r.selection, suggestion: r.suggestion, comment: r.comment, start: r.start, end: r.end, createdAt: r.createdAt.toISOString() },
    }));
    return true;
  });
}

/** One more reader on an open report: the reader row and the count land together, once per client (unique per report). */
async function joinReport(report: { id: string; readerCount: number }, input: ValidReportInput, clientHash: string): Promise<CreatedReport> {
  try {
    const updated = await getDb().report.update({
      where: { id: report.id },
      data: { readerCount: { increment: 1 }, readers: { create: { clientHash, email: input.email ?? null, comment: input.comment ?? null } } },
      select: { readerCount: true },
    });
    return { id: report.id, readers: updated.readerCount };
  } catch (error) {
    if (isUniqueViolation(error)) return { id: report.id, readers: report.readerCount };
    throw error;
  }
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
