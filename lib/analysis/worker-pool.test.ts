import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WorkerPool } from "./worker-pool";

const ECHO_WORKER = path.join(process.cwd(), "tests", "fixtures", "workers", "echo-worker.mjs");

interface EchoJob {
  value?: number;
  spinMs?: number;
  fail?: string;
  exit?: boolean;
}

let pool: WorkerPool<EchoJob, { value: number; threadId: number }>;

const started: Worker[] = [];

function echoPool(size: number, timeoutMs = 10_000, idleMs?: number) {
  pool = new WorkerPool(() => started[started.push(new Worker(ECHO_WORKER)) - 1], {
    size,
    timeoutMs,
    idleMs,
    timedOut: () => new Error("timed out"),
    crashed: () => new Error("crashed"),
  });
  return pool;
}

afterEach(() => pool.close());

describe("WorkerPool", () => {
  it("queues jobs beyond its size and answers each, reusing its warm workers", async () => {
    const pool = echoPool(2);
    const results = await Promise.all([1, 2, 3, 4, 5].map((value) => pool.run({ value, spinMs: 50 })));
    expect(results.map((r) => r.value)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
  });

  it("stops a job past its time limit, replaces the worker, and runs the next job", async () => {
    const pool = echoPool(1, 300);
    const stuck = pool.run({ value: 1, spinMs: 60_000 });
    const next = pool.run({ value: 2 });
    await expect(stuck).rejects.toThrow("timed out");
    const answer = await next;
    expect(answer.value).toBe(2);
    const first = await pool.run({ value: 3 });
    expect(first.threadId).toBe(answer.threadId);
  });

  it("passes a job's own error back, and survives a worker that dies", async () => {
    const pool = echoPool(1);
    await expect(pool.run({ fail: "no such language" })).rejects.toThrow("no such language");
    await expect(pool.run({ exit: true })).rejects.toThrow("crashed");
    expect((await pool.run({ value: 7 })).value).toBe(7);
  });

  it("lets a worker idle for idleMs exit, and starts a fresh one for the next job", async () => {
    const pool = echoPool(1, 10_000, 200);
    const first = await pool.run({ value: 1 });
    const warm = await pool.run({ value: 2 });
    expect(warm.threadId).toBe(first.threadId); // within idleMs: the same warm worker
    const worker = started.at(-1)!;
    await vi.waitFor(() => expect(worker.threadId).toBe(-1), { timeout: 5000, interval: 50 }); // exited, ~200 ms on
    const fresh = await pool.run({ value: 3 });
    expect(fresh.value).toBe(3);
    expect(fresh.threadId).not.toBe(first.threadId);
  });
});
