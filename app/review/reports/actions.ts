"use server";

import { revalidatePath } from "next/cache";
import type { TriageState } from "@/components/review/report-triage";
import { actionError } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { triageReport } from "@/lib/reports";

/** Who: REVIEWER and above. Sets a report's status from the inbox or the review workspace. */
export async function triageReportAction(_previous: TriageState, form: FormData): Promise<TriageState> {
  const user = await requireRole("REVIEWER");
  // The list's one form: the pressed button's value is "reportId STATUS" (components/review/report-triage.tsx).
  const [reportId = "", status = ""] = String(form.get("triage") ?? "").split(" ");
  try {
    const result = await triageReport(user, { reportId, status: status as "NEW" });
    revalidatePath("/review/reports");
    revalidatePath(`/review/articles/${result.articleId}`);
    return { status: "ok", data: { status: result.status }, message: `Marked ${result.status.toLowerCase()}.`, reportId };
  } catch (error) {
    return { ...actionError(error), reportId };
  }
}
