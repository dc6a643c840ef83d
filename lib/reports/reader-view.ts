import type { Span } from "@/lib/align/types";
import { alignedRevision } from "@/lib/articles";
import { getDb } from "@/lib/db";
import { alignedPassages, type AlignedPassage } from "./originals";

export interface ReaderView {
  text: string;
  /** The revision's paragraphs as offsets into its text: the article page marks each with them. */
  paragraphs: Span[];
  /** For "Show original". */
  passages: AlignedPassage[];
}

/** What the reporting parts of the article page need from a revision: its paragraphs and their originals. */
export async function readerView(articleId: string, revisionNumber: number): Promise<ReaderView> {
  const revision = await getDb().revision.findUniqueOrThrow({
    where: { articleId_number: { articleId, number: revisionNumber } },
    select: { id: true, text: true, alignment: { select: { version: true, data: true } }, article: { select: { sourceText: true, sourceLang: true, targetLang: true } } },
  });
  const aligned = await alignedRevision(revision.article, revision);
  return {
    text: revision.text,
    paragraphs: aligned.target.paragraphs.map(({ start, end }) => ({ start, end })),
    passages: alignedPassages(aligned),
  };
}
