import Link from "next/link";
import { approveAction, bulkApproveAction, rejectAction, requestChangesAction } from "@/app/editor/actions";
import { SentenceChanges } from "@/components/corrections/sentence-changes";
import { JobForm } from "@/components/jobs/job-form";
import type { CurrentUser } from "@/lib/auth";
import { CANNED_REJECTION_REASONS, type QueueGroup, type QueuedCorrection } from "@/lib/corrections";
import type { JobView } from "@/lib/jobs";
import { DecisionButtons } from "./decision-buttons";

const BULK_FORM = "bulk-approve";
const ACTIONS = { approve: approveAction, reject: rejectAction, requestChanges: requestChangesAction };

/**
 * Pending corrections grouped by article, oldest first, each a word-level diff beside the original. Those ticked are
 * approved together by a background job (`approving`: the editor's own bulk approval under way, if any).
 */
export function EditorQueue({ groups, user, allowSelfApproval, approving }: { groups: QueueGroup[]; user: CurrentUser; allowSelfApproval: boolean; approving: JobView | null }) {
  return (
    <div className="space-y-8">
      {/* Rendered even when the queue is empty, so that the progress and outcome of a bulk approval stay in view. */}
      <JobForm id={BULK_FORM} action={bulkApproveAction} label="Approve selected" initial={approving} className="flex flex-wrap items-start gap-3">
        {groups.length > 0 && <button type="submit" className="rounded bg-emerald-800 px-3 py-1.5 text-sm text-white disabled:opacity-50">Approve selected</button>}
      </JobForm>
      {groups.length === 0 && <p className="text-stone-600">No corrections are waiting for approval.</p>}
      {groups.map(({ article, corrections }) => (
        <section key={article.id} aria-labelledby={`article-${article.id}`} data-testid="queue-article">
          <h2 id={`article-${article.id}`} className="text-lg font-semibold">
            <Link href={`/review/articles/${article.id}`} className="underline-offset-2 hover:underline">{article.title}</Link>
            <span className="ml-2 text-sm font-normal text-stone-500">{corrections.length} pending</span>
          </h2>
          <ol className="mt-2 space-y-3">
            {corrections.map((correction) => (
              <li key={correction.id} data-testid="queued-correction" data-correction={correction.id} className="rounded border border-stone-200 bg-white p-3">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
                  <label className="inline-flex items-center gap-1"><input type="checkbox" form={BULK_FORM} name="correctionId" value={correction.id} /> Select</label>
                  <span>Proposed by <strong>{correction.author.name ?? correction.author.email}</strong> on <time dateTime={correction.createdAt.toISOString()}>{correction.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time></span>
                  <span className="text-stone-500">{correction.category} · {correction.severity} · against revision {correction.baseRevision}{correction.baseRevision !== article.currentRevision ? ` (article now at ${article.currentRevision})` : ""}</span>
                </div>
                {correction.note && <p className="mt-1 text-sm text-stone-700">Note: {correction.note}</p>}
                <div className="mt-2"><SentenceChanges changes={correction.sentences} sourceLang={article.sourceLang} targetLang={article.targetLang} /></div>
                <Resolves correction={correction} />
                <div className="mt-2">
                  <DecisionButtons correctionId={correction.id} actions={ACTIONS} cannedReasons={CANNED_REJECTION_REASONS} selfApprovalBlocked={correction.author.id === user.id && !allowSelfApproval} />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function Resolves({ correction }: { correction: QueuedCorrection }) {
  if (correction.flags.length === 0 && correction.reports.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-medium text-stone-600">Resolves</p>
      <ul className="list-disc pl-5 text-stone-700">
        {correction.flags.map((flag) => <li key={flag.id}>Flag ({flag.check}, {flag.severity}): “{flag.targetText}” — {flag.message}</li>)}
        {correction.reports.map((report) => (
          <li key={report.id} data-testid="resolves-report">Reader report{report.readerCount > 1 ? ` (${report.readerCount} readers)` : ""}: “{report.selection}”{report.suggestion ? ` → “${report.suggestion}”` : ""}{report.comment ? ` — ${report.comment}` : ""}</li>
        ))}
      </ul>
    </div>
  );
}
