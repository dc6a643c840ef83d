"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { revertToRevision } from "@/lib/revisions";

/** Who: EDITOR and above. Brings back an earlier revision's text as a new revision. */
export async function revertAction(_previous: ActionResult<undefined>, form: FormData): Promise<ActionResult<undefined>> {
  const user = await requireRole("EDITOR");
  try {
    const articleId = String(form.get("articleId") ?? "");
    const result = await revertToRevision(user, { articleId, number: Number(form.get("number")), expectedCurrent: Number(form.get("expectedCurrent")) });
    revalidatePath(`/review/articles/${articleId}`, "layout");
    return { status: "ok", data: undefined, message: `Reverted: revision ${result.revision} has the text of revision ${String(form.get("number"))}.` };
  } catch (error) {
    return actionError(error);
  }
}
