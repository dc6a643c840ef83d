import { alignedRevisionOf } from "@/lib/articles";
import { ALIGNMENT_VERSION, type StoredAlignment } from "@/lib/analysis";
import { paragraphOffsets } from "@/lib/analysis/compact-alignment";
import { getDb } from "@/lib/db";
import { RevisionCache } from "@/lib/revisions/revision-cache";

export interface ReaderView {
  text: string;
  /** When the revision was made ("Corrected on" under the byline). */
  createdAt: Date;
  /** The revision's paragraphs as offsets into its text, start then end of each: the article page marks each with them. */
  paragraphs: number[];
}

// Every view of the article page asks for the same few revisions: read and parsed once per process.
const views = new RevisionCache<ReaderView>(8_000_000, (view) => view.text.length);

/**
 * What the article page needs from a revision: its text, its paragraphs and its date. Read from the cached
 * alignment, without the original (which "Show original" asks for, a passage at a time: GET /api/reports/original).
 */
export function readerView(articleId: string, revisionNumber: number): Promise<ReaderView> {
  return views.get(articleId, revisionNumber, () => readView(articleId, revisionNumber));
}

async function readView(articleId: string, revisionNumber: number): Promise<ReaderView> {
  const revision = await getDb().revision.findUniqueOrThrow({
    where: { articleId_number: { articleId, number: revisionNumber } },
    select: { text: true, createdAt: true, alignment: { select: { version: true, data: true } } },
  });
  if (revision.alignment?.version === ALIGNMENT_VERSION) {
    return { text: revision.text, createdAt: revision.createdAt, paragraphs: paragraphOffsets((revision.alignment.data as unknown as StoredAlignment).target) };
  }
  const aligned = await alignedRevisionOf(articleId, revisionNumber);
  return { text: revision.text, createdAt: revision.createdAt, paragraphs: aligned.target.paragraphs.flatMap(({ start, end }) => [start, end]) };
}
