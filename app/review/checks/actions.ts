"use server";

import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { enqueueJob, type JobView } from "@/lib/jobs";

/** Who: REVIEWER and above (as re-running one article's checks). Re-runs the checks on every article, as a background job. */
export async function rerunAllChecksAction(): Promise<ActionResult<JobView>> {
  const user = await requireRole("REVIEWER");
  try {
    const job = await enqueueJob(user, { kind: "rerun-checks" });
    return { status: "ok", data: job, message: job.existing ? "The checks are already being re-run." : undefined };
  } catch (error) {
    return actionError(error);
  }
}
