import type { Metadata } from "next";
import { JobProgress } from "@/components/jobs/job-progress";
import { Pager } from "@/components/layout/pager";
import { requireRole } from "@/lib/auth";
import { pageNumberSchema } from "@/lib/db";
import { recentJobs } from "@/lib/jobs";

export const metadata: Metadata = { title: "Jobs" };

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

export default async function JobsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireRole("EDITOR", "/editor/jobs");
  const { items: jobs, page, hasNext } = await recentJobs(pageNumberSchema.parse((await searchParams).page));
  return (
    <main>
      <h1 className="text-2xl font-semibold">Jobs</h1>
      <p className="mb-4 mt-1 text-sm text-stone-600">Bulk work running in the background, newest first: approvals of many corrections, re-runs of the checks, re-checks of past articles against a glossary term. A failed item does not stop its job; its message is listed.</p>
      {jobs.length === 0 && <p className="text-stone-600">No jobs yet.</p>}
      <ol className="space-y-3">
        {jobs.map((job) => (
          <li key={job.id} data-testid="job" className="rounded border border-stone-200 bg-white p-3">
            <JobProgress job={job} />
            <p className="mt-1 text-xs text-stone-500">
              Started by {job.createdBy.name ?? job.createdBy.email} on <time dateTime={job.createdAt}>{when(job.createdAt)}</time>
              {job.finishedAt && <>; ended <time dateTime={job.finishedAt}>{when(job.finishedAt)}</time></>}
            </p>
          </li>
        ))}
      </ol>
      <Pager page={page} hasNext={hasNext} href={(p) => `/editor/jobs?page=${p}`} />
    </main>
  );
}
