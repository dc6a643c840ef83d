import { analyzeTranslation } from "@/lib/analysis";
import { audit } from "@/lib/audit";
import { getDb, Prisma, type Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { loadGlossary } from "@/lib/glossary/repository";
import { storeRevisionAnalysis } from "@/lib/revisions/record-revision";
import { importInputSchema, type ImportInput } from "./input";
import { preparePair } from "./prepare";
import { slugify, uniqueSlug } from "./slug";

export interface ImportedArticle {
  id: string;
  slug: string;
  title: string;
  flags: number;
}

export class DuplicateArticleError extends UserError {
  constructor(readonly existing: { id: string; slug: string; title: string }) {
    super(`This pair was already imported as “${existing.title}”.`, 409, { id: existing.id, slug: existing.slug });
  }
}

/**
 * The one way an article pair enters Errata (form, API, CLI and batch all call it): validates, converts HTML,
 * refuses duplicates, aligns and checks, then stores article, first revision, alignment, flags and audit row
 * in one transaction — so a failure leaves nothing behind.
 */
export async function importArticle(input: ImportInput, options: { actorId?: string | null; db?: Db } = {}): Promise<ImportedArticle> {
  const db = options.db ?? getDb();
  const valid = importInputSchema.parse(input);
  const pair = preparePair(valid);
  await refuseDuplicate(db, pair.contentHash);
  const glossary = await loadGlossary(db, valid.sourceLang, valid.targetLang);
  const analysis = analyzeTranslation({ sourceText: pair.sourceText, targetText: pair.targetText, sourceLang: valid.sourceLang, targetLang: valid.targetLang }, glossary);
  const slug = await freeSlug(db, slugify(pair.title));
  try {
    return await db.$transaction(async (tx) => {
      const publisher = valid.publisher
        ? await tx.publisher.upsert({ where: { name: valid.publisher }, create: { name: valid.publisher }, update: {} })
        : null;
      const article = await tx.article.create({
        data: {
          slug,
          title: pair.title,
          sourceLang: valid.sourceLang,
          targetLang: valid.targetLang,
          sourceUrl: valid.sourceUrl ?? null,
          targetUrl: valid.targetUrl ?? null,
          engine: valid.engine ?? null,
          sourceText: pair.sourceText,
          contentHash: pair.contentHash,
          publisherId: publisher?.id ?? null,
          importedById: options.actorId ?? null,
        },
      });
      const revision = await tx.revision.create({
        data: { articleId: article.id, number: 1, text: pair.targetText, origin: "import", authorId: options.actorId ?? null },
      });
      await storeRevisionAnalysis(tx, { articleId: article.id, revisionId: revision.id }, analysis);
      await audit(tx, {
        actorId: options.actorId ?? null,
        action: "article.imported",
        entityType: "Article",
        entityId: article.id,
        after: { title: article.title, slug, flags: analysis.findings.length },
      });
      return { id: article.id, slug, title: article.title, flags: analysis.findings.length };
    });
  } catch (error) {
    // Two imports of the same pair at once: the unique hash lets one win; the other is a duplicate.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await refuseDuplicate(db, pair.contentHash);
    }
    throw error;
  }
}

async function refuseDuplicate(db: Db, contentHash: string) {
  const existing = await db.article.findUnique({ where: { contentHash }, select: { id: true, slug: true, title: true } });
  if (existing) throw new DuplicateArticleError(existing);
}

async function freeSlug(db: Db, base: string): Promise<string> {
  const rows = await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(rows.map((row) => row.slug)));
}
