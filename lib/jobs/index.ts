/**
 * Background jobs: bulk work (approving many corrections, re-running the checks over the archive, re-checking past
 * articles against a learned term) queued in the database and run item by item by a runner in the server process,
 * with its progress saved after each item, so that no request waits for it.
 */
export { enqueueJob, cancelJob } from "./enqueue";
export { getJob, recentJobs, activeJobs } from "./queries";
export { JOB_KINDS, MAX_BULK_APPROVALS, startJobSchema, type JobKindName } from "./kinds";
export { jobViewSchema, type JobView, type JobError } from "./view";
export { isActive } from "./status";
export { JobRunner, claimJob, runClaimedJob, startJobRunner, HEARTBEAT_MS, SILENT_AFTER_MS, SLICE_MS, type ClaimedJob, type RunOutcome } from "./runner";
export { nudgeJobs, stopJobRunner } from "./process-runner";
