"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { configurePublisherReporting } from "@/lib/reports";

/** Who: ADMIN. A publisher's allowed origins for the widget and its report limits. */
export async function publisherReportingAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole("ADMIN");
  try {
    await configurePublisherReporting(user, {
      publisherId: String(form.get("publisherId") ?? ""),
      allowedOrigins: String(form.get("allowedOrigins") ?? ""),
      reportLimits: String(form.get("reportLimits") ?? ""),
    });
    revalidatePath("/admin/publishers");
    return { status: "ok", data: undefined, message: "Saved." };
  } catch (error) {
    return actionError(error);
  }
}
