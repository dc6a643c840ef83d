"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { setArticleStatus } from "@/lib/articles";
import { dismissFlag, rerunChecks } from "@/lib/flags";

/** Who: REVIEWER and above. */
export async function dismissFlagAction(_previous: ActionResult<{ dismissed: number }>, form: FormData): Promise<ActionResult<{ dismissed: number }>> {
  const user = await requireRole("REVIEWER");
  try {
    const result = await dismissFlag(user, { flagId: String(form.get("flagId") ?? ""), scope: form.get("scope") as "OCCURRENCE", reason: String(form.get("reason") ?? "") });
    revalidatePath(`/review/articles/${String(form.get("articleId") ?? "")}`);
    return { status: "ok", data: result, message: `Dismissed ${result.dismissed} flag${result.dismissed === 1 ? "" : "s"}.` };
  } catch (error) {
    return actionError(error);
  }
}

/** Who: REVIEWER and above. */
export async function rerunChecksAction(form: FormData): Promise<void> {
  const user = await requireRole("REVIEWER");
  const articleId = String(form.get("articleId") ?? "");
  await rerunChecks(user, articleId);
  revalidatePath(`/review/articles/${articleId}`);
}

/** Who: REVIEWER and above; archiving and un-archiving: EDITOR and above (checked in setArticleStatus). */
export async function setArticleStatusAction(_previous: ActionResult<undefined>, form: FormData): Promise<ActionResult<undefined>> {
  const user = await requireRole("REVIEWER");
  const articleId = String(form.get("articleId") ?? "");
  try {
    const { status } = await setArticleStatus(user, { articleId, status: String(form.get("status") ?? "") as "NEW" });
    revalidatePath(`/review/articles/${articleId}`);
    return { status: "ok", data: undefined, message: `Status: ${status.toLowerCase().replace("_", " ")}.` };
  } catch (error) {
    return actionError(error);
  }
}
