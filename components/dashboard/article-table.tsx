import Link from "next/link";
import type { dashboardArticles } from "@/lib/dashboard";

type Row = Awaited<ReturnType<typeof dashboardArticles>>["articles"][number];

/** Articles in the order that needs attention first: reader reports, open flags, quality. */
export function ArticleTable({ articles }: { articles: Row[] }) {
  if (articles.length === 0) return <p className="text-stone-600">No articles match.</p>;
  return (
    <table className="w-full rounded border border-stone-200 bg-white text-left text-sm">
      <thead className="text-xs uppercase text-stone-500">
        <tr><th className="p-2">Article</th><th>Open reports</th><th>Open flags</th><th title="MQM-style: 100 less penalty points per word">Quality</th><th>Pending corrections</th><th>Status</th></tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id} className="border-t border-stone-200" data-testid="dashboard-article">
            <td className="p-2">
              <Link href={`/review/articles/${article.id}`} className="font-medium underline-offset-2 hover:underline">{article.title}</Link>
              <p className="text-xs text-stone-500">{[article.publisher?.name, article.engine, `${article.sourceLang} → ${article.targetLang}`, `revision ${article.currentRevision}`, article.createdAt.toISOString().slice(0, 10)].filter(Boolean).join(" · ")}</p>
            </td>
            <td>{article.openReports}</td>
            <td>{article.openFlags}</td>
            <td>{article.quality}</td>
            <td>{article.pendingCorrections}</td>
            <td className="text-xs">{article.status.toLowerCase().replace("_", " ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
