import Link from "next/link";
import { Pager } from "@/components/layout/pager";
import { listPublicArticles } from "@/lib/articles";
import { pageNumberSchema } from "@/lib/db";

export const dynamic = "force-dynamic";

export default async function Home({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { items: articles, page, hasNext } = await listPublicArticles(pageNumberSchema.parse((await searchParams).page));
  return (
    <main className="mx-auto max-w-2xl px-5 py-12">
      <h1 className="text-3xl font-semibold">Errata</h1>
      <p className="mt-2 text-stone-600">Machine-translated news, checked against the original and corrected by people.</p>
      <h2 className="mt-8 text-sm font-semibold uppercase tracking-wide text-stone-500">Articles</h2>
      {/* Plain anchors styled once on the list: fifty next/link elements would each be a client component in the
          payload and prefetch an article page as they scroll into view. */}
      <ul className="mt-2 space-y-2 font-serif text-lg underline-offset-2 [&_a:hover]:underline">
        {articles.map((article) => (
          <li key={article.slug}><a href={`/articles/${article.slug}`}>{article.title}</a></li>
        ))}
      </ul>
      <Pager page={page} hasNext={hasNext} href={(p) => `/?page=${p}`} />
      <p className="mt-10 text-sm"><Link className="underline" href="/login">Staff sign in</Link></p>
    </main>
  );
}
