import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { flagCorrectionActions, reportCorrectionActions, WorkspaceCorrections } from "@/components/corrections/workspace-corrections";
import { DismissFlag } from "@/components/review/dismiss-flag";
import { FlagList } from "@/components/review/flag-list";
import { ReportList, reportMarks } from "@/components/review/report-list";
import { ReviewTextProvider, type MarkInfo, type ReviewDocument } from "@/components/review/review-text";
import { SideBySide } from "@/components/review/side-by-side";
import { getArticleForReview } from "@/lib/articles";
import { compactAlignment } from "@/lib/analysis/compact-alignment";
import { requireRole } from "@/lib/auth";
import type { Flag } from "@/lib/db";
import { openReportsOn } from "@/lib/reports";
import { triageReportAction } from "../../reports/actions";
import { canArchive } from "@/lib/permissions";
import { ArticleStatus } from "@/components/review/article-status";
import { ArticleExportLinks } from "@/components/formats/export-links";
import { dismissFlagAction, rerunChecksAction, setArticleStatusAction } from "./actions";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole("REVIEWER", `/review/articles/${id}`);
  const data = await getArticleForReview(id);
  if (!data) notFound();
  const { article, revision, aligned, flags } = data;

  const open = flags.filter((flag) => flag.status === "OPEN");
  const reports = await openReportsOn(article.id, revision);
  const reported = reportMarks(reports);
  const markInfo: Record<string, MarkInfo> = {
    ...Object.fromEntries(open.map((f) => [f.id, { href: `#flag-${f.id}`, label: `${f.severity}: ${f.message}${f.suggestion ? ` → ${f.suggestion}` : ""}`, severity: f.severity, kind: "flag" as const }])),
    ...reported.info,
  };
  // Each text once, with offsets: the side-by-side rows and the correction drafts are built from it in the browser.
  const document: ReviewDocument = {
    source: aligned.source.text,
    target: aligned.target.text,
    alignment: compactAlignment(aligned),
    marks: {
      source: open.filter((f) => f.sourceStart !== null).map((f) => ({ start: f.sourceStart!, end: f.sourceEnd!, ids: [f.id] })),
      target: [...open.map((f) => ({ start: f.targetStart, end: f.targetEnd, ids: [f.id] })), ...reported.target],
    },
    markInfo,
  };
  const CorrectionButtons = flagCorrectionActions({ article, aligned }, flags);
  const ReportCorrectionButtons = reportCorrectionActions({ article, aligned });
  const rowOfSentence = new Map(aligned.beads.flatMap((bead, row) => bead.target.map((s) => [s, row] as const)));
  const rowOf = (flag: Flag) => {
    const sentence = aligned.target.sentences.find((s) => s.start <= flag.targetStart && flag.targetStart <= s.end);
    return sentence ? rowOfSentence.get(sentence.index) ?? 0 : 0;
  };

  return (
    <main>
      <header className="mb-4">
        <h1 className="text-2xl font-semibold">{article.title}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {[article.publisher?.name, article.engine && `MT: ${article.engine}`, `revision ${revision.number}`, `${aligned.source.sentences.length} source / ${aligned.target.sentences.length} translated sentences`].filter(Boolean).join(" · ")}
          {" · "}<Link className="underline" href={`/articles/${article.slug}`}>public page</Link>
          {" · "}<Link className="underline" href={`/review/articles/${article.id}/history`}>history</Link>
          {article.sourceUrl && <>{" · "}<a className="underline" href={article.sourceUrl} rel="noopener noreferrer">original</a></>}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-4">
          <ArticleStatus action={setArticleStatusAction} articleId={article.id} status={article.status} canArchive={canArchive(user)} />
          <form action={rerunChecksAction}>
            <input type="hidden" name="articleId" value={article.id} />
            <button className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100">Re-run checks</button>
          </form>
          <ArticleExportLinks articleId={article.id} />
        </div>
      </header>
      <ReviewTextProvider document={document}>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <SideBySide sourceLang={article.sourceLang} targetLang={article.targetLang} />
          <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
            <ReportList reports={reports} aligned={aligned} triage={triageReportAction} actions={(report) => <ReportCorrectionButtons report={report} />} />
            <FlagList flags={flags} rowOf={rowOf} actions={(flag) => <><CorrectionButtons flag={flag} /><DismissFlag action={dismissFlagAction} flagId={flag.id} articleId={article.id} text={flag.targetText} /></>} />
            <WorkspaceCorrections article={article} aligned={aligned} user={user} />
          </aside>
        </div>
      </ReviewTextProvider>
    </main>
  );
}
