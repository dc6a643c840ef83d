"use server";

import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { cancelJob, type JobView } from "@/lib/jobs";

/** Who: the job's starter (REVIEWER and above) or an EDITOR (checked in cancelJob). */
export async function cancelJobAction(_previous: ActionResult<JobView>, form: FormData): Promise<ActionResult<JobView>> {
  const user = await requireRole("REVIEWER");
  try {
    return { status: "ok", data: await cancelJob(user, String(form.get("jobId") ?? "")) };
  } catch (error) {
    return actionError(error);
  }
}
