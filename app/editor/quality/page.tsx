import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/layout/pager";
import { TrendChart } from "@/components/quality/trend-chart";
import { TrendTable } from "@/components/quality/trend-table";
import { requireRole } from "@/lib/auth";
import { articleScores, checkPrecision, MAX_SERIES, qualityFilterOptions, MQM_PENALTY, qualityFilterSchema, qualityTrend, REPORT_SEVERITY, topCategories, trendChartData } from "@/lib/quality";

export const metadata: Metadata = { title: "Quality" };

const cell = "px-2 py-1.5";
const head = "px-2 py-1 font-medium";
/** A check with this many decided flags and under half of them right is shown as noisy. */
const NOISY = { decided: 5, precision: 0.5 };

export default async function QualityPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireRole("EDITOR", "/editor/quality");
  const filter = qualityFilterSchema.parse(await searchParams);
  const [articles, byEngine, byPublisher, categories, checks, options] = await Promise.all([
    articleScores(filter), qualityTrend(filter, "engine"), qualityTrend(filter, "publisher"), topCategories(filter), checkPrecision(filter), qualityFilterOptions(),
  ]);
  const engineChart = trendChartData(byEngine, MAX_SERIES);
  const publisherChart = trendChartData(byPublisher, MAX_SERIES);
  const pageHref = (page: number) => `/editor/quality?${new URLSearchParams({ ...(filter.publisher ? { publisher: filter.publisher } : {}), ...(filter.engine ? { engine: filter.engine } : {}), months: String(filter.months), page: String(page) })}`;
  return (
    <main className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Translation quality</h1>
        <p className="mt-1 max-w-3xl text-sm text-stone-600">
          MQM-style scores from confirmed errors: penalty points per 1,000 words, minor {MQM_PENALTY.minor}, major {MQM_PENALTY.major}, critical {MQM_PENALTY.critical}.
          An approved correction is one error at its severity; a reader report an editor accepted and nobody has fixed yet counts as {REPORT_SEVERITY}. Lower is better.
        </p>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filters">
        <label className="font-medium">Publisher
          <select name="publisher" defaultValue={filter.publisher ?? ""} className="ml-2 rounded border border-stone-300 px-2 py-1">
            <option value="">All</option>
            {options.publishers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label className="font-medium">MT engine
          <select name="engine" defaultValue={filter.engine ?? ""} className="ml-2 rounded border border-stone-300 px-2 py-1">
            <option value="">All</option>
            {options.engines.map((engine) => <option key={engine}>{engine}</option>)}
          </select>
        </label>
        <label className="font-medium">Period
          <select name="months" defaultValue={String(filter.months)} className="ml-2 rounded border border-stone-300 px-2 py-1">
            {[3, 6, 12, 24, 60].map((months) => <option key={months} value={months}>last {months} months</option>)}
          </select>
        </label>
        <button className="rounded border border-stone-300 px-2 py-1">Show</button>
      </form>

      <section aria-labelledby="trend-title" className="space-y-4">
        <h2 id="trend-title" className="text-lg font-semibold">Trend</h2>
        {engineChart.rows.length === 0 ? <p className="text-sm text-stone-600">No articles in this period.</p> : (
          <div className="grid gap-6 lg:grid-cols-2">
            <div className="space-y-2"><TrendChart data={engineChart} title="Per MT engine" /><TrendTable data={engineChart} caption="Penalty points per 1,000 words, per MT engine and month" /></div>
            <div className="space-y-2"><TrendChart data={publisherChart} title="Per publisher" /><TrendTable data={publisherChart} caption="Penalty points per 1,000 words, per publisher and month" /></div>
          </div>
        )}
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="categories-title">
          <h2 id="categories-title" className="text-lg font-semibold">Top error categories</h2>
          <table className="mt-2 w-full text-left text-sm">
            <thead className="text-xs uppercase text-stone-500"><tr><th className={head}>Category</th><th className={`${head} text-right`}>Errors</th><th className={`${head} text-right`}>Points</th></tr></thead>
            <tbody>
              {categories.map((c) => (
                <tr key={c.category} className="border-t border-stone-200" data-testid="category-row">
                  <td className={cell}>{c.category}</td><td className={`${cell} text-right tabular-nums`}>{c.errors}</td><td className={`${cell} text-right tabular-nums`}>{c.penalty}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {categories.length === 0 && <p className="mt-2 text-sm text-stone-600">No confirmed errors in this period.</p>}
        </section>

        <section aria-labelledby="checks-title">
          <h2 id="checks-title" className="text-lg font-semibold">Checks: precision</h2>
          <p className="text-xs text-stone-600">Flags settled by an approved correction (accepted) against flags reviewers dismissed. Least precise first.</p>
          <table className="mt-2 w-full text-left text-sm">
            <thead className="text-xs uppercase text-stone-500"><tr><th className={head}>Check</th><th className={`${head} text-right`}>Accepted</th><th className={`${head} text-right`}>Dismissed</th><th className={`${head} text-right`}>Precision</th></tr></thead>
            <tbody>
              {checks.map((c) => {
                const noisy = c.precision !== null && c.accepted + c.dismissed >= NOISY.decided && c.precision < NOISY.precision;
                return (
                  <tr key={c.check} className="border-t border-stone-200" data-testid="check-row">
                    <td className={cell}><Link href="/review/checks" className="underline-offset-2 hover:underline">{c.check}</Link>{noisy && <span className="ml-2 rounded bg-amber-100 px-1 text-xs font-medium text-amber-900">noisy</span>}</td>
                    <td className={`${cell} text-right tabular-nums`}>{c.accepted}</td>
                    <td className={`${cell} text-right tabular-nums`}>{c.dismissed}</td>
                    <td className={`${cell} text-right tabular-nums`}>{c.precision === null ? "–" : `${Math.round(c.precision * 100)}%`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {checks.length === 0 && <p className="mt-2 text-sm text-stone-600">No flag has been accepted or dismissed in this period.</p>}
        </section>
      </div>

      <section aria-labelledby="articles-title">
        <h2 id="articles-title" className="text-lg font-semibold">Articles, worst first</h2>
        <table className="mt-2 w-full text-left text-sm" data-testid="quality-articles">
          <thead className="text-xs uppercase text-stone-500">
            <tr><th className={head}>Article</th><th className={head}>MT engine</th><th className={head}>Publisher</th><th className={`${head} text-right`}>Words</th><th className={`${head} text-right`}>Errors</th><th className={`${head} text-right`}>Points</th><th className={`${head} text-right`}>Per 1,000 words</th><th className={`${head} text-right`}>Reader reports</th></tr>
          </thead>
          <tbody>
            {articles.items.map((a) => (
              <tr key={a.id} className="border-t border-stone-200">
                <td className={cell}><Link href={`/review/articles/${a.id}`} className="underline-offset-2 hover:underline">{a.title}</Link></td>
                <td className={cell}>{a.engine ?? "–"}</td>
                <td className={cell}>{a.publisher ?? "–"}</td>
                <td className={`${cell} text-right tabular-nums`}>{a.words}</td>
                <td className={`${cell} text-right tabular-nums`}>{a.errors}</td>
                <td className={`${cell} text-right tabular-nums`}>{a.penalty}</td>
                <td className={`${cell} text-right font-medium tabular-nums`}>{a.score ?? "–"}</td>
                <td className={`${cell} text-right tabular-nums`}>{a.reports}{a.readers > a.reports ? ` (${a.readers} readers)` : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {articles.items.length === 0 && <p className="mt-2 text-sm text-stone-600">No articles in this period.</p>}
        <Pager page={articles.page} hasNext={articles.hasNext} href={pageHref} />
      </section>
    </main>
  );
}
