"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { cancelJob } from "@/lib/jobs";

/** Who: the job's starter (REVIEWER and above) or an EDITOR (checked in cancelJob). */
export async function cancelJobAction(form: FormData): Promise<void> {
  const user = await requireRole("REVIEWER");
  await cancelJob(user, String(form.get("jobId") ?? ""));
  revalidatePath("/editor/jobs");
}
