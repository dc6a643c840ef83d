"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { addGlossaryTerm, removeGlossaryTerm } from "@/lib/glossary/edit-terms";

/** Who: REVIEWER and above. */
export async function addTermAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole("REVIEWER");
  try {
    const term = await addGlossaryTerm(user, {
      source: String(form.get("source") ?? ""),
      target: String(form.get("target") ?? ""),
      kind: String(form.get("kind") ?? "") as "OFFICIAL_SPELLING",
      note: String(form.get("note") ?? ""),
    });
    revalidatePath("/review/glossary");
    return { status: "ok", data: undefined, message: `Added “${term.source}” → “${term.target}”.` };
  } catch (error) {
    return actionError(error);
  }
}

/** Who: REVIEWER and above. */
export async function removeTermAction(form: FormData): Promise<void> {
  const user = await requireRole("REVIEWER");
  await removeGlossaryTerm(user, String(form.get("id") ?? ""));
  revalidatePath("/review/glossary");
}
