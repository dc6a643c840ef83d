import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Review dashboard" };

export default async function ReviewDashboard() {
  await requireRole("REVIEWER", "/review");
  const articles = await getDb().article.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, engine: true, createdAt: true, currentRevision: true, publisher: { select: { name: true } } },
  });
  return (
    <main>
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <Link href="/review/import" className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white">Import an article</Link>
      </div>
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {articles.map((article) => (
          <li key={article.id} className="p-3">
            <Link href={`/review/articles/${article.id}`} className="font-medium underline-offset-2 hover:underline">{article.title}</Link>
            <p className="text-xs text-stone-500">{[article.publisher?.name, article.engine, `revision ${article.currentRevision}`].filter(Boolean).join(" · ")}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
