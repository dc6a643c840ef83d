import { createHash, randomUUID } from "node:crypto";
import { countNewOpenReport } from "@/lib/article-counts";
import { getDb, Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { articleRef, queueWebhookEvent } from "@/lib/webhooks";
import { contextAround } from "./context";
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

interface Selected {
  selection: string;
  suggestion: string | null;
}

/**
 * Stores a new report, or counts one more reader on the same open report. A new report takes the dedupe key of its
 * article, selection and suggestion, which is unique in the database: when two identical first reports arrive in the
 * same instant (on one instance or on several), the second insert fails, and that reader goes round once more and
 * joins the report the first one stored. Reports from before the key are found by their text, as every repeat is.
 */
async function storeReport(article: ReportableArticle, text: string, at: { start: number; end: number }, input: ValidReportInput, clientHash: string): Promise<CreatedReport> {
  const selection = text.slice(at.start, at.end);
  // Leaving the prefilled suggestion as it was is no suggestion.
  const selected = { selection, suggestion: input.suggestion && input.suggestion !== selection ? input.suggestion : null };
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
    const open = candidates.find((report) => isJoinable(report.status));
    if (open) return open.clientHash === clientHash ? { id: open.id, readers: open.readerCount } : joinReport(open, input, clientHash);
    const own = candidates[0];
    if (own) return { id: own.id, readers: own.readerCount };
    try {
      return await newReport(article, text, at, selected, input, clientHash);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === 3) throw error;
      // Someone stored this report since we looked (the next round finds it open and joins it), or a report that has
      // left the open states (set aside, resolved) still holds the key: it gives the key up to the new one.
      await getDb().report.updateMany({ where: { dedupeKey: dedupeKey(article.id, selected), status: { notIn: [...JOINABLE_STATUSES] } }, data: { dedupeKey: null } });
    }
  }
}

const isJoinable = (status: string) => (JOINABLE_STATUSES as readonly string[]).includes(status);

/** The same article, selection and suggestion give the same key; a hash keeps the unique index small. */
function dedupeKey(articleId: string, selected: Selected): string {
  return createHash("sha256").update(JSON.stringify([articleId, selected.selection, selected.suggestion])).digest("hex");
}

async function newReport(article: ReportableArticle, text: string, at: { start: number; end: number }, selected: Selected, input: ValidReportInput, clientHash: string): Promise<CreatedReport> {
  const context = contextAround(text, at.start, at.end);
  const key = dedupeKey(article.id, selected);
  // The article's open-report count, and report.received webhooks' deliveries, change with it.
  const report = await getDb().$transaction(async (tx) => {
    const created = await tx.report.create({
      data: {
        articleId: article.id,
        revision: article.currentRevision,
        ...selected,
        dedupeKey: key,
        start: at.start,
        end: at.end,
        contextBefore: context.before,
        contextAfter: context.after,
        comment: input.comment ?? null,
        email: input.email ?? null,
        clientHash,
      },
      select: { id: true, revision: true, selection: true, suggestion: true, comment: true, start: true, end: true, createdAt: true },
    });
    await countNewOpenReport(tx, article.id);
    await queueWebhookEvent(tx, "report.received", async () => ({ article: await articleRef(tx, article.id), report: { ...created, createdAt: created.createdAt.toISOString() } }));
    return created;
  });
  return { id: report.id, readers: 1 };
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
