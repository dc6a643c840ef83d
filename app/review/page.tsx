import type { Metadata } from "next";
import Link from "next/link";
import { ArticleTable } from "@/components/dashboard/article-table";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { requireRole } from "@/lib/auth";
import { dashboardArticles, dashboardFilterOptions, dashboardFilterSchema } from "@/lib/dashboard";

export const metadata: Metadata = { title: "Review dashboard" };

/** Who: REVIEWER and above. */
export default async function ReviewDashboard({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("REVIEWER", "/review");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]));
  const filter = dashboardFilterSchema.parse(raw);
  const [articles, options] = await Promise.all([dashboardArticles(filter), dashboardFilterOptions()]);
  return (
    <main>
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <Link href="/review/import" className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white">Import an article</Link>
      </div>
      <DashboardFilters filter={filter} options={options} />
      <ArticleTable articles={articles} />
    </main>
  );
}
