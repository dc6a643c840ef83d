/**
 * Background jobs: bulk work (approving many corrections, re-running the checks over the archive, re-checking past
 * articles against a learned term) queued in the database and run item by item by a runner in the server process,
 * with its progress saved after each item, so that no request waits for it. The server starts and stops the runner
 * from lib/jobs/runner and lib/jobs/process-runner; client components read lib/jobs/status.
 */
export { enqueueJob, cancelJob } from "./enqueue";
export { getJob, recentJobs, activeJobs } from "./queries";
export { startJobSchema } from "./kinds";
export { jobViewSchema, type JobView } from "./view";
export { JobRunner, claimJob, runClaimedJob, SILENT_AFTER_MS } from "./runner";
