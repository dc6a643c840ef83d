import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChangeLog, CorrectedNote } from "@/components/history/change-log";
import { ArticleText } from "@/components/reader/article-text";
import { ReportableArticle } from "@/components/reader/reportable-article";
import { getPublicArticle } from "@/lib/articles";
import { readerView } from "@/lib/reports";

type Props = { params: Promise<{ slug: string }> };

/** The metadata and the page read the article once per request. */
const publicArticle = cache(getPublicArticle);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await publicArticle((await params).slug);
  return { title: article?.title ?? "Article" };
}

export default async function PublicArticlePage({ params }: Props) {
  const article = await publicArticle((await params).slug);
  if (!article) notFound();
  const revision = article.currentRevision;
  // The text once, with its paragraphs' offsets; "Show original" asks the server for the passage it needs.
  const view = await readerView(article.id, revision);
  return (
    <main className="mx-auto max-w-2xl px-5 py-10">
      <article data-revision={revision}>
        <h1 className="font-serif text-3xl font-semibold leading-tight">{article.title}</h1>
        <p className="mt-2 text-sm text-stone-500">
          {article.publisher?.name && <>{article.publisher.name} · </>}
          Machine translation from {article.sourceLang === "ru" ? "Russian" : article.sourceLang}
          {article.sourceUrl && <> · <a className="underline" href={article.sourceUrl} rel="noopener noreferrer">Read the original</a></>}
        </p>
        <CorrectedNote revision={{ number: revision, createdAt: view.createdAt }} />
        <ReportableArticle article={article.slug} revision={revision}>
          <ArticleText text={view.text} paragraphs={view.paragraphs} />
        </ReportableArticle>
        {(article.publisher?.showChangeLog ?? true) && <ChangeLog articleId={article.id} revision={revision} />}
      </article>
    </main>
  );
}
