"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { cancelJobAction } from "@/app/editor/jobs/actions";
import type { ActionResult } from "@/lib/actions/action-result";
import type { JobView } from "@/lib/jobs";
import { isActive } from "@/lib/jobs/status";

const POLL_MS = 1_000;

/** "12 of 40 done · 1 failed", or what the job is waiting for or ended with. */
export function jobSummary(job: JobView): string {
  const processed = job.done + job.failed;
  const failed = job.failed ? ` · ${job.failed} failed` : "";
  switch (job.status) {
    case "QUEUED":
      return processed ? `Waiting to go on: ${processed} of ${job.total} done${failed}` : "Waiting to start…";
    case "RUNNING":
      return job.total === null ? "Counting…" : `${processed} of ${job.total} done${failed}`;
    case "DONE":
      return `Finished: ${job.done} of ${job.total} done${failed}`;
    case "CANCELLED":
      return `Cancelled after ${processed}${job.total === null ? "" : ` of ${job.total}`}${failed}`;
    case "FAILED":
      return `Failed: ${job.error ?? "unknown error"}`;
  }
}

/**
 * A job's progress bar, kept up to date from GET /api/jobs/{id} while it is queued or running; once it ends, the
 * page is refreshed so that it shows what the job changed (the editor queue without the approved corrections).
 */
export function JobProgress({ job: initial }: { job: JobView }) {
  const [polled, setJob] = useState(initial);
  const [cancelled, cancelAction, cancelling] = useActionState(cancelJobAction, { status: "idle" } as ActionResult<JobView>);
  // Once cancelled, the job as the cancel left it (the item then in hand may still finish: the jobs page has it).
  const job = cancelled.status === "ok" ? cancelled.data : polled;
  const router = useRouter();
  const active = isActive(job.status);

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/jobs/${job.id}`, { cache: "no-store" }).catch(() => null);
      if (stopped || !response?.ok) return setJob((current) => ({ ...current })); // try again on the next tick
      const next = (await response.json()) as JobView;
      if (stopped) return;
      setJob(next);
      if (!isActive(next.status)) router.refresh();
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [job, active, router]);

  const processed = job.done + job.failed;
  return (
    <div data-testid="job-progress" data-status={job.status} className="w-full max-w-md space-y-1 text-sm">
      <div className="flex items-center gap-2">
        <span className="font-medium">{job.title}</span>
        {active && (
          <form action={cancelAction}>
            <input type="hidden" name="jobId" value={job.id} />
            <button disabled={cancelling} className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-50">Cancel</button>
          </form>
        )}
      </div>
      {cancelled.status === "error" && <p role="alert" className="text-rose-700">{cancelled.error}</p>}
      {/* Without a total yet the bar is indeterminate. */}
      <progress className="h-2 w-full" aria-label={`${job.title}: progress`} max={job.total ?? undefined} value={job.total === null ? undefined : processed} />
      <p role="status" className={job.status === "FAILED" ? "text-rose-700" : "text-stone-700"}>{jobSummary(job)}</p>
      {job.errors.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-rose-700">What failed</summary>
          <ul className="list-disc pl-5">
            {job.errors.map((error) => <li key={error.key}>{error.label}: {error.message}</li>)}
          </ul>
          {job.failed > job.errors.length && <p>…and {job.failed - job.errors.length} more.</p>}
        </details>
      )}
    </div>
  );
}
