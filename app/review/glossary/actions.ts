"use server";

import { revalidatePath } from "next/cache";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { requireRole } from "@/lib/auth";
import { importGlossaryCsv, MAX_IMPORT_BYTES } from "@/lib/glossary/csv-terms";
import { addGlossaryTerm, removeGlossaryTerm, updateGlossaryTerm, type GlossaryTermInput } from "@/lib/glossary/edit-terms";
import { acceptProposal, dismissProposal } from "@/lib/glossary-learning";
import { enqueueJob, type JobView } from "@/lib/jobs";
import { UserError } from "@/lib/errors";

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

function termOf(form: FormData): GlossaryTermInput {
  return { source: field(form, "source"), target: field(form, "target"), kind: field(form, "kind") as GlossaryTermInput["kind"], note: field(form, "note"), publisherId: field(form, "publisherId") };
}

function changed(message: string): ActionResult {
  revalidatePath("/review/glossary");
  return { status: "ok", data: undefined, message };
}

/** Who: REVIEWER and above. */
export async function addTermAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole("REVIEWER");
  try {
    const term = await addGlossaryTerm(user, termOf(form));
    return changed(`Added “${term.source}” → “${term.target}”.`);
  } catch (error) {
    return actionError(error);
  }
}

/** Who: REVIEWER and above. */
export async function updateTermAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole("REVIEWER");
  try {
    const term = await updateGlossaryTerm(user, field(form, "id"), termOf(form));
    return changed(`Saved “${term.source}” → “${term.target}”.`);
  } catch (error) {
    return actionError(error);
  }
}

/** Who: REVIEWER and above. */
export async function removeTermAction(form: FormData): Promise<void> {
  const user = await requireRole("REVIEWER");
  await removeGlossaryTerm(user, field(form, "id"));
  revalidatePath("/review/glossary");
}

/** Who: REVIEWER and above. A CSV file (source, target, kind, note, publisher), all or nothing. */
export async function importCsvAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole("REVIEWER");
  try {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new UserError("Choose a CSV file.", 400);
    if (file.size > MAX_IMPORT_BYTES) throw new UserError("The file is larger than 1 MB; split it.", 413);
    const { added, updated, unchanged } = await importGlossaryCsv(user, await file.text());
    return changed(`Imported: ${added} added, ${updated} updated, ${unchanged} unchanged.`);
  } catch (error) {
    return actionError(error);
  }
}

/** Who: EDITOR and above. */
export async function acceptProposalAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireRole("EDITOR");
  try {
    const term = await acceptProposal(user, { proposalId: field(form, "proposalId"), kind: (field(form, "kind") || undefined) as "OFFICIAL_SPELLING" | undefined, publisherId: field(form, "publisherId") });
    return changed(`“${term.source}” → “${term.target}” is in the glossary: new articles are checked against it. Re-check past articles from its row.`);
  } catch (error) {
    return actionError(error);
  }
}

/** Who: EDITOR and above. */
export async function dismissProposalAction(form: FormData): Promise<void> {
  const user = await requireRole("EDITOR");
  await dismissProposal(user, field(form, "proposalId"));
  revalidatePath("/review/glossary");
}

/** Who: EDITOR and above. Starts the re-check of the past articles that mention a term, as a background job. */
export async function recheckTermAction(_previous: ActionResult<JobView>, form: FormData): Promise<ActionResult<JobView>> {
  const user = await requireRole("EDITOR");
  try {
    const job = await enqueueJob(user, { kind: "glossary-recheck", source: field(form, "source") });
    return { status: "ok", data: job, message: job.existing ? "Already re-checking these articles." : undefined };
  } catch (error) {
    return actionError(error);
  }
}
