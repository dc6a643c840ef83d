import { getDb, pageWindow, toPage } from "@/lib/db";

const TERMS_PAGE_SIZE = 100;

/** One page of a language pair's glossary, by source (on the pair's unique index). */
export async function listTerms(sourceLang: string, targetLang: string, page = 1) {
  const rows = await getDb().glossaryTerm.findMany({
    where: { sourceLang, targetLang },
    orderBy: [{ source: "asc" }, { target: "asc" }],
    ...pageWindow(page, TERMS_PAGE_SIZE),
  });
  return toPage(rows, page, TERMS_PAGE_SIZE);
}
