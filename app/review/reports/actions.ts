"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { triageReport } from "@/lib/reports";

/** Who: REVIEWER and above. Sets a report's status from the inbox or the review workspace. */
export async function triageReportAction(_previous: ActionResult<{ status: string }>, form: FormData): Promise<ActionResult<{ status: string }>> {
  const user = await requireRole("REVIEWER");
  try {
    const result = await triageReport(user, { reportId: String(form.get("reportId") ?? ""), status: String(form.get("status") ?? "") as "NEW" });
    revalidatePath("/review/reports");
    revalidatePath(`/review/articles/${result.articleId}`);
    return { status: "ok", data: { status: result.status }, message: `Marked ${result.status.toLowerCase()}.` };
  } catch (error) {
    return actionError(error);
  }
}
