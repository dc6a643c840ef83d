import { z } from "zod";
import { alignedRevisionOf } from "@/lib/articles";
import { UserError } from "@/lib/errors";
import { findArticleForReport } from "./find-article";
import { REPORT_LIMITS } from "./limits";
import { locateSelection } from "./locate-selection";
import { originAllowed } from "./origins";
import { alignedPassages, originalOf } from "./originals";
import { enforceLookupLimits } from "./rate-limits";
import type { ReportSender } from "./create-report";

const offset = z.coerce.number().int().min(0).optional();

/** The query of GET /api/reports/original: the widget's selection, as it would report it. */
export const originalQuerySchema = z.object({
  article: z.string().trim().min(1, "say which article").max(2000),
  selection: z.string().trim().min(1, "is empty").max(REPORT_LIMITS.selection, `is longer than ${REPORT_LIMITS.selection} characters`),
  start: offset,
  end: offset,
  contextBefore: z.string().max(REPORT_LIMITS.context * 4).default(""),
  contextAfter: z.string().max(REPORT_LIMITS.context * 4).default(""),
});

/** "Show original" for the widget: the original sentences aligned with the reader's selection. */
export async function findOriginal(query: unknown, sender: ReportSender): Promise<string> {
  const input = originalQuerySchema.parse(query);
  const article = await findArticleForReport(input.article);
  if (!article) throw new UserError(`No article matches “${input.article}”.`, 404);
  if (sender.crossOrigin && !originAllowed(sender.crossOrigin, article.publisher)) {
    throw new UserError(`This article's original cannot be shown on ${sender.crossOrigin}: its publisher has not allowed that site.`, 403);
  }
  await enforceLookupLimits(sender.clientHash);
  const aligned = await alignedRevisionOf(article.id, article.currentRevision);
  const location = locateSelection(aligned.target.text, input);
  if (!location.found) throw new UserError("The text you selected is not in the current version of the article, so its original cannot be shown.", 409);
  return originalOf(alignedPassages(aligned), location.start, location.end);
}
