import { z } from "zod";

const day = 86_400_000;
const when = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: "must be a date (2026-12-01) or an ISO date-time" });

/**
 * Which rows a collection export takes: one article (by id), a date range (from inclusive; a date-only `to`
 * takes that whole day), or both; and which page of the capped result. Bad values are a 400, not ignored:
 * an export that silently widened to everything would surprise.
 */
export const exportRangeSchema = z.object({
  article: z.string().min(1).max(64).optional(),
  from: when.transform((value) => new Date(value)).optional(),
  to: when.transform((value) => new Date(value.length === 10 ? Date.parse(value) + day : value)).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export type ExportRange = z.output<typeof exportRangeSchema>;

/** The Prisma filter of a range on one date column. */
export function rangeWhere(range: ExportRange, column: "createdAt" | "decidedAt") {
  return {
    ...(range.article ? { articleId: range.article } : {}),
    ...(range.from || range.to ? { [column]: { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) } } : {}),
  };
}
