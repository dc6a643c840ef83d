import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeLog, CorrectedNote } from "@/components/history/change-log";
import { ReportableArticle } from "@/components/reader/reportable-article";
import { getPublicArticle } from "@/lib/articles";
import { readerView } from "@/lib/reports";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getPublicArticle((await params).slug);
  return { title: data?.article.title ?? "Article" };
}

export default async function PublicArticlePage({ params }: Props) {
  const data = await getPublicArticle((await params).slug);
  if (!data) notFound();
  const { article, revision } = data;
  // Paragraphs carry their offsets in the revision, so that a reader's selection maps onto it exactly.
  const view = await readerView(article.id, revision.number);
  return (
    <main className="mx-auto max-w-2xl px-5 py-10">
      <article data-revision={revision.number}>
        <h1 className="font-serif text-3xl font-semibold leading-tight">{article.title}</h1>
        <p className="mt-2 text-sm text-stone-500">
          {article.publisher?.name && <>{article.publisher.name} · </>}
          Machine translation from {article.sourceLang === "ru" ? "Russian" : article.sourceLang}
          {article.sourceUrl && <> · <a className="underline" href={article.sourceUrl} rel="noopener noreferrer">Read the original</a></>}
        </p>
        <CorrectedNote revision={revision} />
        <ReportableArticle article={article.slug} revision={revision.number} passages={view.passages}>
          <div id="article-body" className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
            {view.paragraphs.map(({ start, end }) => <p key={start} data-start={start} data-end={end}>{view.text.slice(start, end)}</p>)}
          </div>
        </ReportableArticle>
        {(article.publisher?.showChangeLog ?? true) && <ChangeLog articleId={article.id} />}
      </article>
    </main>
  );
}
