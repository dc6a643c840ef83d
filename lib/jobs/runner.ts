import { AsyncResource } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth";
import { getDb, Prisma, type JobStatus } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { nudgeOutbox, OutboxDispatcher } from "@/lib/outbox";
import { isJobKind, jobKind, type JobItem } from "./kinds";
import { setProcessRunner } from "./process-runner";
import { MAX_KEPT_ERRORS, type JobError } from "./view";

/** A running job's heartbeat, written while it works (also during one slow item). */
const HEARTBEAT_MS = 15_000;
/** A RUNNING job whose heartbeat has been silent this long lost its runner (a crash, kill -9): another takes it over. */
export const SILENT_AFTER_MS = 60_000;
/** A job that has run this long lets a queued one go first, so that a short job never waits for a long one. */
const SLICE_MS = 10_000;

export interface ClaimedJob {
  id: string;
  kind: string;
  params: unknown;
  total: number | null;
  done: number;
  failed: number;
  cursor: string | null;
  errors: JobError[];
  createdById: string;
  createdAt: Date;
  claimToken: string;
}

/** How a run of a job ended: finished, given back (stop, or its turn is over), or no longer this runner's. */
type RunOutcome = "done" | "failed" | "requeued" | "yielded" | "cancelled" | "lost";

/**
 * Takes the next job: the queued one whose turn it is, or a running one whose runner went silent. The claim is a
 * conditional update on the claim token read with it, so of two runners (two instances on one PostgreSQL) that
 * read the same job, exactly one gets it; the other looks again.
 */
export async function claimJob(now = new Date()): Promise<ClaimedJob | null> {
  const db = getDb();
  const silentSince = new Date(now.getTime() - SILENT_AFTER_MS);
  for (let tries = 0; tries < 5; tries++) {
    const candidate = await db.job.findFirst({
      where: { OR: [{ status: "QUEUED" }, { status: "RUNNING", heartbeatAt: { lt: silentSince } }] },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    });
    if (!candidate) return null;
    const claimToken = randomUUID();
    const claimed = await db.job.updateMany({
      where: { id: candidate.id, status: candidate.status, claimToken: candidate.claimToken, ...(candidate.status === "RUNNING" ? { heartbeatAt: { lt: silentSince } } : {}) },
      data: { status: "RUNNING", claimToken, claimedAt: now, heartbeatAt: now, startedAt: candidate.startedAt ?? now },
    });
    if (claimed.count === 1) return { ...candidate, errors: candidate.errors as unknown as JobError[], claimToken };
  }
  return null;
}

function messageOf(error: unknown, job: ClaimedJob, item: JobItem): string {
  if (error instanceof UserError) return error.message;
  logError(error, { jobId: job.id, item: item.key }, "job item failed");
  return "Failed unexpectedly (the server log has the details).";
}

/**
 * Runs a claimed job item after item, each through its kind's domain verb (its own transaction and audit row),
 * saving the cursor and counts after each. A failed item is counted and its message kept; the job goes on. Between
 * items it gives the job back when the runner stops (QUEUED, its place kept), or when its slice is over and another
 * job waits (to the back of the queue). Every write is conditional on the claim token: a runner that was taken over
 * after a silence stops at its next write.
 */
export async function runClaimedJob(job: ClaimedJob, options: { shouldStop?: () => boolean; sliceMs?: number } = {}): Promise<RunOutcome> {
  const db = getDb();
  const { shouldStop = () => false, sliceMs = SLICE_MS } = options;
  const mine = { id: job.id, claimToken: job.claimToken };
  const settle = async (status: JobStatus, data: Prisma.JobUpdateManyMutationInput = {}) => {
    const finished = status === "QUEUED" ? {} : { finishedAt: new Date() };
    const moved = await db.job.updateMany({ where: { ...mine, status: "RUNNING" }, data: { status, claimToken: null, ...finished, ...data } });
    return moved.count === 1;
  };
  const fail = async (error: string): Promise<RunOutcome> => ((await settle("FAILED", { error })) ? "failed" : "lost");

  if (!isJobKind(job.kind)) return fail(`This server does not know jobs of kind “${job.kind}”.`);
  const kind = jobKind(job.kind);
  const params = kind.params.safeParse(job.params);
  if (!params.success) return fail("Its parameters are not valid for its kind.");
  const starter = await db.user.findUnique({ where: { id: job.createdById }, select: { id: true, email: true, name: true, role: true, active: true } });
  if (!starter?.active || !kind.may(starter)) return fail(`Its starter can no longer do this. ${kind.refusal}`);
  const user: CurrentUser = { id: starter.id, email: starter.email, name: starter.name, role: starter.role };
  const context = { params: params.data, createdAt: job.createdAt };

  const heartbeat = setInterval(() => void db.job.updateMany({ where: mine, data: { heartbeatAt: new Date() } }).catch(logError), HEARTBEAT_MS).unref();
  try {
    // Counted by the runner rather than on enqueue, so that starting a job over the whole archive answers at once.
    const status = await saveProgress(mine, { total: job.total ?? (await kind.count(context)), heartbeatAt: new Date() });
    if (status !== "RUNNING") return status === "CANCELLED" ? "cancelled" : "lost";
    const sliceEnds = Date.now() + sliceMs;
    let { done, failed, cursor } = job;
    const errors = [...job.errors];
    for (;;) {
      if (shouldStop()) return (await settle("QUEUED")) ? "requeued" : "lost";
      if (Date.now() >= sliceEnds && (await db.job.count({ where: { status: "QUEUED" } })) > 0) {
        return (await settle("QUEUED", { queuedAt: new Date() })) ? "yielded" : "lost";
      }
      const item = await kind.next(context, cursor);
      if (!item) return (await settle("DONE")) ? "done" : "lost";
      try {
        await kind.run(user, item);
        done++;
      } catch (error) {
        failed++;
        if (errors.length < MAX_KEPT_ERRORS) errors.push({ key: item.key, label: item.label, message: messageOf(error, job, item) });
      }
      cursor = item.cursor;
      // What the item queued (mail to readers, webhook deliveries) leaves now rather than at the outbox's next poll.
      void nudgeOutbox();
      const status = await saveProgress(mine, { done, failed, cursor, errors: errors as unknown as Prisma.InputJsonValue, heartbeatAt: new Date() });
      if (status === null) return "lost";
      if (status === "CANCELLED") return "cancelled";
    }
  } finally {
    clearInterval(heartbeat);
  }
}

/** The job's status after saving its progress, or null when the claim is no longer this runner's. */
async function saveProgress(mine: { id: string; claimToken: string }, data: Prisma.JobUpdateInput): Promise<JobStatus | null> {
  try {
    return (await getDb().job.update({ where: mine, data, select: { status: true } })).status;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return null;
    throw error;
  }
}

/**
 * The job runner of a server process: polls for jobs (every `intervalMs`, and at once when nudged) and runs them one
 * at a time until none is due. The polling is the outbox dispatcher's (runs never overlap; stop waits for the run in
 * flight); stopping also makes the job in hand go back to the queue after its current item.
 */
export class JobRunner {
  private stopping = false;
  private readonly poller: OutboxDispatcher;

  constructor(intervalMs = 2_000) {
    this.poller = new OutboxDispatcher({ jobs: () => this.runDueJobs() }, intervalMs);
  }

  start(): this {
    this.poller.start();
    return this;
  }

  nudge(): Promise<void> {
    return this.poller.nudge();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.poller.stop();
  }

  /** Claims and runs jobs until none is due or the runner stops. */
  async runDueJobs(): Promise<void> {
    try {
      while (!this.stopping) {
        const job = await claimJob();
        if (!job) return;
        await runClaimedJob(job, { shouldStop: () => this.stopping });
      }
    } catch (error) {
      // The database failed under the runner: the job it held is taken up again once its heartbeat has gone silent.
      logError(error, {}, "job runner stopped for now; it looks for jobs again on its next poll");
    }
  }
}

/** Starts the process's job runner, once (instrumentation.ts at server start); scripts/server.ts stops it. */
export function startJobRunner(intervalMs?: number): void {
  setProcessRunner(() => {
    const runner = new JobRunner(intervalMs).start();
    // Bound to the start's context: a job nudged from a request must not run inside that request's scope.
    return { wake: AsyncResource.bind(() => void runner.nudge()), stop: () => runner.stop() };
  });
}
