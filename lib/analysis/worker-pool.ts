import type { Worker } from "node:worker_threads";

/** What a pool worker posts back for a job: the message protocol of serveJobs (analysis-worker.ts). */
export type JobReply<Out> = { id: number; ok: true; output: Out } | { id: number; ok: false; message: string };

export interface WorkerPoolOptions {
  /** How many workers may run at once; each is started on first need and then kept warm. */
  size: number;
  /** How long a worker with nothing to do is kept warm before it exits (its memory returned); none: kept. */
  idleMs?: number;
  /** How long one job may run once a worker has it; then that worker is stopped and a fresh one takes its place. */
  timeoutMs: number;
  /** The error a job gets when it runs out of time. */
  timedOut: () => Error;
  /** The error a job gets when its worker dies under it (out of memory, a crash). */
  crashed: (cause: Error) => Error;
}

interface Job<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  job: (Job<In, Out> & { id: number; timer: NodeJS.Timeout }) | null;
  idle?: NodeJS.Timeout;
}

/**
 * A few worker threads with one queue of jobs, started on first need and kept warm (until `idleMs` without work). Each worker runs one job at a time; a job that runs past
 * `timeoutMs` (or whose worker dies) is refused and its worker replaced, so one stuck job never holds the pool.
 * Inputs and outputs cross threads by structured clone: plain data only.
 */
export class WorkerPool<In, Out> {
  private readonly slots: Slot<In, Out>[] = [];
  private readonly queue: Job<In, Out>[] = [];
  private nextId = 1;

  constructor(
    private readonly startWorker: () => Worker,
    private readonly options: WorkerPoolOptions,
  ) {}

  run(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and running jobs are refused. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    slots.forEach((slot) => clearTimeout(slot.idle));
    for (const job of this.queue.splice(0)) job.reject(new Error("The worker pool was closed."));
    await Promise.all(
      slots.map((slot) => {
        this.finish(slot, (job) => job.reject(new Error("The worker pool was closed.")));
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? (this.slots.length < this.options.size ? this.addSlot() : null);
      if (!slot) return;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      clearTimeout(slot.idle);
      const timer = setTimeout(() => this.replace(slot, this.options.timedOut()), this.options.timeoutMs);
      slot.job = { ...job, id, timer };
      slot.worker.postMessage({ id, input: job.input });
    }
  }

  private addSlot(): Slot<In, Out> {
    const worker = this.startWorker();
    // An idle pool must not keep the process alive (CLIs, graceful shutdown).
    worker.unref();
    const slot: Slot<In, Out> = { worker, job: null };
    worker.on("message", (reply: JobReply<Out>) => {
      if (slot.job?.id !== reply.id) return;
      this.finish(slot, (job) => (reply.ok ? job.resolve(reply.output) : job.reject(new Error(reply.message))));
      this.dispatch();
      if (slot.job === null && this.options.idleMs !== undefined) slot.idle = setTimeout(() => this.retire(slot), this.options.idleMs).unref();
    });
    worker.on("error", (error) => this.replace(slot, this.options.crashed(error)));
    worker.on("exit", (code) => this.replace(slot, this.options.crashed(new Error(`The worker stopped with exit code ${code}.`))));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot<In, Out>, settle: (job: Job<In, Out>) => void): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(job.timer);
    slot.job = null;
    settle(job);
  }

  /** Drops a worker that is stuck or gone (refusing its job with `error`); the next job starts a fresh one. */
  private replace(slot: Slot<In, Out>, error: Error): void {
    if (!this.drop(slot)) return;
    this.finish(slot, (job) => job.reject(error));
    this.dispatch();
  }

  /** Stops a worker that has had nothing to do for `idleMs`; the next job starts a fresh one. */
  private retire(slot: Slot<In, Out>): void {
    if (slot.job === null) this.drop(slot);
  }

  private drop(slot: Slot<In, Out>): boolean {
    const index = this.slots.indexOf(slot);
    if (index === -1) return false;
    this.slots.splice(index, 1);
    clearTimeout(slot.idle);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    void slot.worker.terminate();
    return true;
  }
}
