"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { createCorrection, createCorrectionSchema, submitCorrection, withdrawCorrection } from "@/lib/corrections";

/** Who: REVIEWER and above. Proposes a correction (it goes to the editors' queue). */
export async function createCorrectionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("REVIEWER");
  try {
    const valid = createCorrectionSchema.parse(input);
    const created = await createCorrection(user, valid);
    revalidatePath(`/review/articles/${valid.articleId}`);
    const extra = created.reports ? ` It settles ${created.flags} flag(s) and ${created.reports} reader report(s).` : "";
    return { status: "ok", data: { id: created.id }, message: `Correction submitted for approval (${created.sentences} sentence${created.sentences === 1 ? "" : "s"}).${extra}` };
  } catch (error) {
    return actionError(error);
  }
}

/** Who: the REVIEWER (or above) who proposed the correction. Resubmits it after changes were requested. */
export async function submitCorrectionAction(articleId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireRole("REVIEWER");
  try {
    const submitted = await submitCorrection(user, input as Parameters<typeof submitCorrection>[1]);
    revalidatePath(`/review/articles/${articleId}`);
    return { status: "ok", data: submitted, message: "Correction resubmitted for approval." };
  } catch (error) {
    return actionError(error);
  }
}

/** Who: the REVIEWER (or above) who proposed the correction. */
export async function withdrawCorrectionAction(articleId: string, correctionId: string): Promise<ActionResult<undefined>> {
  const user = await requireRole("REVIEWER");
  try {
    await withdrawCorrection(user, { correctionId });
    revalidatePath(`/review/articles/${articleId}`);
    return { status: "ok", data: undefined, message: "Correction withdrawn." };
  } catch (error) {
    return actionError(error);
  }
}
