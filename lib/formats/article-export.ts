import { z } from "zod";
import { getArticleForReview } from "@/lib/articles";
import type { SentenceChange } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { alignedUnits } from "./aligned-units";
import { toHtml, toMarkdown, toPlainText } from "./documents";
import { MEDIA_TYPES, type ExportFile } from "./export-file";
import { withNotes } from "./unit-notes";
import { buildXliff } from "./xliff";

export const articleFormatSchema = z.enum(["txt", "html", "md", "xliff2", "xliff12"], { message: "format must be txt, html, md, xliff2 or xliff12" });
export type ArticleFormat = z.infer<typeof articleFormatSchema>;

/**
 * One article's current translation as a file: text, HTML or Markdown; or the aligned pair as XLIFF 2.0/1.2
 * with its open flags and approved corrections as notes. Null when there is no such article.
 */
export async function exportArticle(id: string, format: ArticleFormat): Promise<ExportFile | null> {
  const review = await getArticleForReview(id);
  if (!review) return null;
  const { article, revision, aligned, flags } = review;
  const document = { title: article.title, lang: article.targetLang, text: revision.text };
  switch (format) {
    case "txt":
      return { body: toPlainText(document), contentType: MEDIA_TYPES.txt, filename: `${article.slug}.txt` };
    case "html":
      return { body: toHtml(document), contentType: MEDIA_TYPES.html, filename: `${article.slug}.html` };
    case "md":
      return { body: toMarkdown(document), contentType: MEDIA_TYPES.md, filename: `${article.slug}.md` };
    case "xliff2":
    case "xliff12": {
      const corrections = await getDb().correction.findMany({
        where: { articleId: id, status: "APPROVED" },
        orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
        select: { category: true, severity: true, note: true, decidedAt: true, edits: true },
      });
      const units = withNotes(
        alignedUnits(aligned),
        revision.text,
        flags.filter((flag) => flag.status === "OPEN"),
        corrections.map((correction) => ({ ...correction, sentences: correction.edits as unknown as SentenceChange[] })),
      );
      const version = format === "xliff2" ? "2.0" : "1.2";
      const body = await buildXliff({ fileId: article.slug, sourceLang: article.sourceLang, targetLang: article.targetLang, units }, version);
      return { body, contentType: MEDIA_TYPES.xliff, filename: `${article.slug}${format === "xliff2" ? "" : ".xliff12"}.xlf` };
    }
  }
}
