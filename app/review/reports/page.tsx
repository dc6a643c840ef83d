import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/layout/pager";
import { ReportCard } from "@/components/review/report-card";
import { reportFacts } from "@/components/review/report-facts";
import { ReportTriage, TriageForm } from "@/components/review/report-triage";
import { requireRole } from "@/lib/auth";
import { pageNumberSchema, type ReportStatus } from "@/lib/db";
import { listReports, REPORT_COUNT_CAP, reportCounts, REPORT_STATUSES } from "@/lib/reports";
import { triageReportAction } from "./actions";

export const metadata: Metadata = { title: "Reader reports" };

type Search = { status?: string; page?: string; article?: string };

/** Who: REVIEWER and above. Every article's reader reports, by status, most-reported first. */
export default async function ReportsInbox({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole("REVIEWER", "/review/reports");
  const search = await searchParams;
  const status = (REPORT_STATUSES as string[]).includes(search.status ?? "") ? (search.status as ReportStatus) : "NEW";
  const articleId = search.article || undefined;
  const [counts, list] = await Promise.all([reportCounts(articleId), listReports({ status, articleId, page: pageNumberSchema.parse(search.page) })]);
  const href = (next: Partial<Search>) => `/review/reports?${new URLSearchParams({ status, ...(articleId ? { article: articleId } : {}), ...next } as Record<string, string>)}`;

  // The rows link with plain anchors: fifty next/link elements would each be a client component in the payload
  // and prefetch a heavy workspace page as they scroll into view.
  return (
    <main>
      <h1 className="mb-3 text-2xl font-semibold">Reader reports</h1>
      {articleId && <p className="mb-2 text-sm">One article only · <Link href="/review/reports" className="underline">all articles</Link></p>}
      <nav aria-label="Report status" className="mb-4 flex flex-wrap gap-1 text-sm">
        {REPORT_STATUSES.map((s) => (
          <Link key={s} href={href({ status: s, page: "1" })} aria-current={s === status ? "page" : undefined}
            className={`rounded px-2 py-1 ${s === status ? "bg-stone-900 text-white" : "bg-stone-100 hover:bg-stone-200"}`}>
            {s.charAt(0) + s.slice(1).toLowerCase()} <span data-testid={`count-${s}`}>{counts[s] > REPORT_COUNT_CAP ? `${REPORT_COUNT_CAP.toLocaleString("en")}+` : counts[s]}</span>
          </Link>
        ))}
      </nav>
      {list.reports.length === 0 && <p className="text-stone-500">No {status.toLowerCase()} reports.</p>}
      <TriageForm action={triageReportAction}>
        <ul className="space-y-2">
          {list.reports.map((report) => (
            <ReportCard key={report.id} report={reportFacts(report)}
              heading={<a href={`/review/articles/${report.article.id}#report-${report.id}`} className="mb-1 block font-medium underline-offset-2 hover:underline">{report.article.title}</a>}>
              <ReportTriage reportId={report.id} status={report.status} />
            </ReportCard>
          ))}
        </ul>
      </TriageForm>
      <Pager page={list.page} hasNext={list.hasNext} href={(page) => href({ page: String(page) })} />
    </main>
  );
}
