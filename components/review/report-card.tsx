"use client";

import type { ReactNode } from "react";
import type { ReportFacts } from "./report-facts";

/**
 * One reader report as reviewers see it; every reader-written string is rendered as text, never as HTML. A client
 * component: a page of fifty is sent as their facts (reportFacts) and rendered once, not as markup twice over.
 */
export function ReportCard({ report, heading, children }: { report: ReportFacts; heading?: ReactNode; children?: ReactNode }) {
  return (
    <li id={`report-${report.id}`} data-testid="report" data-status={report.status} className="rounded border border-violet-200 bg-white p-2 text-sm target:ring-2 target:ring-violet-400">
      {heading}
      <p className="font-serif text-stone-600">
        {report.contextBefore}
        <mark className="rounded bg-violet-100 px-0.5 text-stone-900 underline decoration-violet-600 decoration-dashed">{report.selection}</mark>
        {report.contextAfter}
      </p>
      {report.suggestion && <p className="mt-1">Suggestion: <strong className="font-serif" data-testid="report-suggestion">{report.suggestion}</strong></p>}
      {report.comments.map((comment, index) => (
        <p key={index} data-testid="report-comment" className="mt-1 whitespace-pre-wrap break-words rounded bg-stone-50 px-1.5 py-1 text-stone-700">{comment}</p>
      ))}
      <p className="mt-1 text-xs text-stone-500">
        {report.readerCount > 1 ? `${report.readerCount} readers reported this` : "1 reader reported this"}
        {report.emailsWaiting > 0 && ` · ${report.emailsWaiting} waiting to hear when it is fixed`}
        {" · "}<time dateTime={report.createdAt.toISOString()}>{report.createdAt.toISOString().slice(0, 10)}</time>
        {" · "}{report.status.toLowerCase()}
      </p>
      {children && <div className="mt-1.5 space-y-1">{children}</div>}
    </li>
  );
}
