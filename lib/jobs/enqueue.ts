import type { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb, Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canDecide } from "@/lib/permissions";
import { jobKind, startJobSchema } from "./kinds";
import { nudgeJobs } from "./process-runner";
import { isActive } from "./status";
import { jobViewSelect, toJobView, type JobView } from "./view";

const sameParams = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Queues a job for the runner and answers at once (the request never waits for the work). Who may start it is the
 * verb's own rule (its kind's `may`). The same job already queued or running (same kind and parameters: the whole
 * archive's re-run, one term's re-check) is answered instead of a second one.
 */
export async function enqueueJob(user: CurrentUser, input: z.input<typeof startJobSchema>): Promise<JobView & { existing: boolean }> {
  const { kind, ...params } = startJobSchema.parse(input);
  const definition = jobKind(kind);
  if (!definition.may(user)) throw new UserError(definition.refusal, 403);
  const db = getDb();
  const running = await db.job.findMany({ where: { kind, status: { in: ["QUEUED", "RUNNING"] } }, select: jobViewSelect });
  const same = running.find((job) => sameParams(job.params, params));
  if (same) return { ...toJobView(same), existing: true };
  const job = await db.$transaction(async (tx) => {
    const created = await tx.job.create({ data: { kind, params: params as Prisma.InputJsonValue, errors: [], createdById: user.id }, select: jobViewSelect });
    await audit(tx, { actorId: user.id, action: "job.queued", entityType: "Job", entityId: created.id, after: { kind, ...params } });
    return created;
  });
  nudgeJobs();
  return { ...toJobView(job), existing: false };
}

/**
 * Cancels a queued or running job (its starter, or an editor): a running one stops after the item in hand, whose
 * work stays done; what it did before stays done too.
 */
export async function cancelJob(user: CurrentUser, jobId: string): Promise<JobView> {
  const db = getDb();
  return db.$transaction(async (tx) => {
    const job = await tx.job.findUnique({ where: { id: jobId }, select: jobViewSelect });
    if (!job) throw new UserError("No job with that id.", 404);
    if (job.createdBy.id !== user.id && !canDecide(user)) throw new UserError("Only its starter or an editor can cancel a job.", 403);
    if (!isActive(job.status)) throw new UserError(`This job is already ${job.status.toLowerCase()}.`, 409);
    const moved = await tx.job.updateMany({ where: { id: jobId, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "CANCELLED", finishedAt: new Date() } });
    if (moved.count !== 1) throw new UserError("This job finished meanwhile.", 409);
    await audit(tx, { actorId: user.id, action: "job.cancelled", entityType: "Job", entityId: jobId, before: { status: job.status, done: job.done, failed: job.failed } });
    return toJobView(await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: jobViewSelect }));
  });
}
