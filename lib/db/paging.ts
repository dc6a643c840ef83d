import { z } from "zod";

/** A page number from a query string: a positive integer, 1 when missing or malformed. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/**
 * skip/take for one page, asking for one row more than the page holds: whether a next page exists is known
 * without counting the table.
 */
export const pageWindow = (page: number, size: number) => ({ skip: (page - 1) * size, take: size + 1 });

/** The rows of a pageWindow query as a page. */
export function toPage<T>(rows: T[], page: number, size: number) {
  return { items: rows.slice(0, size), page, hasNext: rows.length > size };
}
