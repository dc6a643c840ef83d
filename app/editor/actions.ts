"use server";

import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { approveCorrection, rejectCorrection, requestChanges } from "@/lib/corrections";
import { enqueueJob, type JobView } from "@/lib/jobs";

// A decision's outcome stays on its card until the editor reloads, rather than the card vanishing from the
// queue the moment it is decided: the editor sees what happened.
function done(message: string): ActionResult<undefined> {
  return { status: "ok", data: undefined, message };
}

/** What an approval taught the glossary ("Умаров → Umarov"), for the editor to add on the Glossary page. */
export type ApprovalData = { learned: string[] };

/** Who: EDITOR and above (and not the correction's author unless self-approval is allowed). */
export async function approveAction(_previous: ActionResult<ApprovalData>, form: FormData): Promise<ActionResult<ApprovalData>> {
  const user = await requireRole("EDITOR");
  try {
    const result = await approveCorrection(user, { correctionId: String(form.get("correctionId") ?? "") });
    if (result.status === "CONFLICT") {
      return { status: "error", error: `Not applied — ${result.message}` };
    }
    const learned = result.glossaryProposals.map((p) => `${p.source} → ${p.target}`);
    return { status: "ok", data: { learned }, message: `Approved: the article is now at revision ${result.revision}.` };
  } catch (error) {
    return actionError(error);
  }
}

/** Who: EDITOR and above. A reason is required. */
export async function rejectAction(_previous: ActionResult<undefined>, form: FormData): Promise<ActionResult<undefined>> {
  const user = await requireRole("EDITOR");
  try {
    const reason = [form.get("cannedReason"), form.get("reason")].map((v) => String(v ?? "").trim()).filter(Boolean).join(" ");
    await rejectCorrection(user, { correctionId: String(form.get("correctionId") ?? ""), reason });
    return done("Rejected; the reviewer will see your reason.");
  } catch (error) {
    return actionError(error);
  }
}

/** Who: EDITOR and above. A comment is required. */
export async function requestChangesAction(_previous: ActionResult<undefined>, form: FormData): Promise<ActionResult<undefined>> {
  const user = await requireRole("EDITOR");
  try {
    await requestChanges(user, { correctionId: String(form.get("correctionId") ?? ""), comment: String(form.get("comment") ?? "") });
    return done("Sent back to the reviewer.");
  } catch (error) {
    return actionError(error);
  }
}

/**
 * Who: EDITOR and above (checked again by the job's verb). Starts a background job that approves the selected
 * corrections one by one, in the queue's order (oldest first); the form shows its progress and each refusal.
 */
export async function bulkApproveAction(_previous: ActionResult<JobView>, form: FormData): Promise<ActionResult<JobView>> {
  const user = await requireRole("EDITOR");
  try {
    return { status: "ok", data: await enqueueJob(user, { kind: "approve-corrections", correctionIds: form.getAll("correctionId").map(String) }) };
  } catch (error) {
    return actionError(error);
  }
}
