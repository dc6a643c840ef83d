import type { Metadata } from "next";
import Link from "next/link";
import { ArticleTable } from "@/components/dashboard/article-table";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { Pager } from "@/components/layout/pager";
import { requireRole } from "@/lib/auth";
import { dashboardArticles, dashboardFilterOptions, dashboardFilterSchema } from "@/lib/dashboard";

export const metadata: Metadata = { title: "Review dashboard" };

/** Who: REVIEWER and above. */
export default async function ReviewDashboard({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("REVIEWER", "/review");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]));
  const filter = dashboardFilterSchema.parse(raw);
  const [list, options] = await Promise.all([dashboardArticles(filter), dashboardFilterOptions()]);
  // The same filters on another page: only the fields the dashboard knows, as they were given.
  const kept = Object.entries(raw).filter((entry): entry is [string, string] => entry[0] in dashboardFilterSchema.shape && entry[0] !== "page" && !!entry[1]);
  const href = (page: number) => `/review?${new URLSearchParams([...kept, ["page", String(page)]])}`;
  return (
    <main>
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">Articles</h1>
        <Link href="/review/import" className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white">Import an article</Link>
      </div>
      <DashboardFilters filter={filter} options={options} />
      <ArticleTable articles={list.articles} />
      <Pager page={list.page} hasNext={list.hasNext} href={href} />
    </main>
  );
}
