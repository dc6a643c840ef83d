import { z } from "zod";
import { getDb, pageWindow, toPage, type Prisma } from "@/lib/db";

const TERMS_PAGE_SIZE = 100;

export const termFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  /** A publisher's id for its own terms, "everywhere" for the terms that apply everywhere; missing: all. */
  scope: z.string().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type TermFilter = z.output<typeof termFilterSchema>;

/**
 * One page of the ru→en glossary, by source, filtered in SQL: the search matches source, target or note in any
 * letter case (on the stored lower-case key), the scope one publisher's terms or those that apply everywhere.
 */
export async function listTerms(filter: TermFilter) {
  const where: Prisma.GlossaryTermWhereInput = {
    sourceLang: "ru",
    targetLang: "en",
    ...(filter.q ? { searchKey: { contains: filter.q.toLowerCase() } } : {}),
    ...(filter.scope ? { publisherId: filter.scope === "everywhere" ? null : filter.scope } : {}),
  };
  const rows = await getDb().glossaryTerm.findMany({
    where,
    orderBy: [{ source: "asc" }, { target: "asc" }],
    include: { publisher: { select: { name: true } } },
    ...pageWindow(filter.page, TERMS_PAGE_SIZE),
  });
  return toPage(rows, filter.page, TERMS_PAGE_SIZE);
}

/** The publishers a term can be scoped to, by name. */
export function publisherChoices() {
  return getDb().publisher.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
