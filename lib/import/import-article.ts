import { analyzeInWorker, type PreparedAnalysis } from "@/lib/analysis";
import { refreshArticleCounts, titleKey } from "@/lib/article-counts";
import { audit } from "@/lib/audit";
import { ANALYSIS_WRITE, getDb, Prisma, type Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { loadGlossary } from "@/lib/glossary/repository";
import { storeRevisionAnalysis } from "@/lib/revisions/record-revision";
import { queueRevisionCreated } from "@/lib/webhooks";
import { importInputSchema, type ImportInput } from "./input";
import { preparePair, type PreparedPair } from "./prepare";
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
  const pair = await preparePair(valid);
  await refuseDuplicate(db, pair.contentHash);
  const publisher = valid.publisher ? await db.publisher.findUnique({ where: { name: valid.publisher }, select: { id: true } }) : null;
  const glossary = await loadGlossary(db, valid.sourceLang, valid.targetLang, publisher?.id);
  const analysis = await analyzeInWorker({ sourceText: pair.sourceText, targetText: pair.targetText, sourceLang: valid.sourceLang, targetLang: valid.targetLang }, glossary);
  const toStore: ArticleToStore = { valid, pair, analysis, findings: analysis.flags.length, counts: { titleKey: titleKey(pair.title), wordCount: analysis.wordCount }, actorId: options.actorId ?? null };
  // A unique-key clash is either the same pair imported at the same moment (a duplicate) or two titles that
  // chose the same free slug at once: then the next free slug is taken.
  for (let attempt = 1; ; attempt++) {
    const slug = await freeSlug(db, slugify(pair.title));
    try {
      return await storeArticle(db, slug, toStore);
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || attempt === 3) throw error;
      await refuseDuplicate(db, pair.contentHash);
    }
  }
}

interface ArticleToStore {
  valid: ReturnType<typeof importInputSchema.parse>;
  pair: PreparedPair;
  analysis: PreparedAnalysis;
  findings: number;
  /** Worked out before the transaction, like the analysis (prepared in the worker: see prepareAnalysis). */
  counts: { titleKey: string; wordCount: number };
  actorId: string | null;
}

function storeArticle(db: Db, slug: string, { valid, pair, analysis, findings, counts, actorId }: ArticleToStore): Promise<ImportedArticle> {
  return db.$transaction(async (tx) => {
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
        importedById: actorId,
        ...counts,
      },
    });
    const revision = await tx.revision.create({
      data: { articleId: article.id, number: 1, text: pair.targetText, origin: "import", authorId: actorId },
    });
    await storeRevisionAnalysis(tx, { articleId: article.id, revisionId: revision.id }, analysis);
    await queueRevisionCreated(tx, revision);
    await refreshArticleCounts(tx, [article.id]);
    await audit(tx, {
      actorId,
      action: "article.imported",
      entityType: "Article",
      entityId: article.id,
      after: { title: article.title, slug, flags: findings },
    });
    return { id: article.id, slug, title: article.title, flags: findings };
  }, ANALYSIS_WRITE);
}

async function refuseDuplicate(db: Db, contentHash: string) {
  const existing = await db.article.findUnique({ where: { contentHash }, select: { id: true, slug: true, title: true } });
  if (existing) throw new DuplicateArticleError(existing);
}

async function freeSlug(db: Db, base: string): Promise<string> {
  const rows = await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(rows.map((row) => row.slug)));
}
