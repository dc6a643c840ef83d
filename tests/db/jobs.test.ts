import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { cancelJob, claimJob, enqueueJob, getJob, JobRunner, runClaimedJob, SILENT_AFTER_MS } from "@/lib/jobs";
import { currentText, importMangled } from "./correction-fixtures";
import { createArticlesFast, createTestUser, runJobQueue } from "./factories";

const db = () => getDb();

/** A pending correction of an article's first "Askara Umarova", by `author`. */
async function pendingCorrection(author: CurrentUser) {
  const article = await importMangled(author);
  const flag = await db().flag.findFirstOrThrow({ where: { articleId: article.id, check: "name-case" }, orderBy: { targetStart: "asc" } });
  const correction = await createCorrection(author, { articleId: article.id, baseRevision: 1, change: { kind: "flag", flagId: flag.id } });
  return { articleId: article.id, correctionId: correction.id };
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const row = (id: string) => db().job.findUniqueOrThrow({ where: { id } });

// The runner takes any due job: each test starts from an empty queue (other files' jobs went with their users).
beforeEach(async () => {
  await db().job.deleteMany({});
});

describe("background jobs", () => {
  it("a bulk approval job approves item by item, saves its place after each, records a refused item and goes on", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const first = await pendingCorrection(reviewer);
    const own = await pendingCorrection(editor); // self-approval is not allowed: this item fails
    const last = await pendingCorrection(reviewer);

    expect((await failure(enqueueJob(reviewer, { kind: "approve-corrections", correctionIds: [first.correctionId] }))).status).toBe(403);
    const job = await enqueueJob(editor, { kind: "approve-corrections", correctionIds: [first.correctionId, own.correctionId, last.correctionId] });
    expect(job).toMatchObject({ status: "QUEUED", title: "Approve 3 corrections", total: null, done: 0, failed: 0, existing: false });

    // The runner stops after the first item: the job goes back to the queue with its place saved.
    const claimed = await claimJob();
    expect(claimed?.id).toBe(job.id);
    let asked = 0;
    expect(await runClaimedJob(claimed!, { shouldStop: () => asked++ > 0 })).toBe("requeued");
    expect(await row(job.id)).toMatchObject({ status: "QUEUED", claimToken: null, total: 3, done: 1, failed: 0, cursor: "1" });
    expect((await currentText(first.articleId)).number).toBe(2);
    expect((await currentText(last.articleId)).number).toBe(1);

    // Another run takes it up where it stopped.
    await runJobQueue();
    const finished = await getJob(job.id);
    expect(finished).toMatchObject({ status: "DONE", total: 3, done: 2, failed: 1 });
    expect(finished!.errors).toEqual([{ key: own.correctionId, label: expect.stringMatching(/^Correction in “Reservoir report/), message: expect.stringMatching(/You proposed this correction/) }]);
    expect(finished!.startedAt).not.toBeNull();
    expect(finished!.finishedAt).not.toBeNull();

    // One revision per approved correction, by the job's starter, each with its audit row; the refused one waits.
    for (const { articleId, correctionId } of [first, last]) {
      const revision = await db().revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: 2 } } });
      expect(revision).toMatchObject({ origin: "correction", correctionId, approverId: editor.id });
      expect(await db().auditEntry.count({ where: { entityId: correctionId, action: "correction.approved", actorId: editor.id } })).toBe(1);
    }
    expect(await db().revision.count({ where: { articleId: own.articleId } })).toBe(1);
    expect((await db().correction.findUniqueOrThrow({ where: { id: own.correctionId } })).status).toBe("PENDING");
    expect(await db().auditEntry.count({ where: { entityId: job.id, action: "job.queued", actorId: editor.id } })).toBe(1);
  }, 180_000);

  it("claims are exclusive: of runners asking at once, one gets the job", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const job = await enqueueJob(reviewer, { kind: "rerun-checks" });
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimJob()));
    expect(claims.filter((claim) => claim !== null).map((claim) => claim!.id)).toEqual([job.id]);
    expect(await claimJob(), "a running job with a live heartbeat is nobody else's").toBeNull();
  });

  it("a running job whose heartbeat went silent is taken over; its first runner stops at its next write", async () => {
    const reviewer = await createTestUser("REVIEWER");
    await createArticlesFast(2, { importedById: reviewer.id });
    const job = await enqueueJob(reviewer, { kind: "rerun-checks" });
    const crashed = (await claimJob())!;
    await db().job.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - SILENT_AFTER_MS + 5_000) } });
    expect(await claimJob(), "silent for less than a minute: still its runner's").toBeNull();
    await db().job.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - SILENT_AFTER_MS - 1_000) } });
    const takeover = (await claimJob())!;
    expect(takeover.id).toBe(job.id);
    expect(takeover.claimToken).not.toBe(crashed.claimToken);

    expect(await runClaimedJob(crashed)).toBe("lost");
    expect(await row(job.id)).toMatchObject({ status: "RUNNING", done: 0, claimToken: takeover.claimToken });
    expect(await runClaimedJob(takeover)).toBe("done");
    const total = await db().article.count({ where: { status: { not: "ARCHIVED" }, createdAt: { lte: (await row(job.id)).createdAt } } });
    expect(await row(job.id)).toMatchObject({ status: "DONE", total, done: total, failed: 0 });
    expect(await db().auditEntry.count({ where: { action: "checks.rerun", actorId: reviewer.id } })).toBe(total);
  }, 180_000);

  it("an approval that went through just before its runner died, its place unsaved, counts as done after the takeover", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const item = await pendingCorrection(reviewer);
    const job = await enqueueJob(editor, { kind: "approve-corrections", correctionIds: [item.correctionId] });
    await claimJob();
    // The runner approved the item, then died before saving its progress.
    expect(await approveCorrection(editor, { correctionId: item.correctionId })).toMatchObject({ status: "APPROVED", revision: 2 });
    await db().job.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - SILENT_AFTER_MS - 1_000) } });
    expect(await runClaimedJob((await claimJob())!)).toBe("done");
    expect(await row(job.id)).toMatchObject({ done: 1, failed: 0 });
    expect(await db().revision.count({ where: { articleId: item.articleId } }), "no second revision").toBe(2);
  }, 180_000);

  it("stopping the runner (the server's shutdown) puts the job in hand back in the queue", async () => {
    const reviewer = await createTestUser("REVIEWER");
    await createArticlesFast(3, { importedById: reviewer.id });
    const job = await enqueueJob(reviewer, { kind: "rerun-checks" });
    // start() has begun claiming (synchronously, up to its first query) when stop() is called.
    const runner = new JobRunner(60_000).start();
    await runner.stop();
    const stopped = await row(job.id);
    expect(stopped).toMatchObject({ status: "QUEUED", claimToken: null, done: 0, failed: 0 });
    expect(stopped.startedAt, "it was claimed, then given back").not.toBeNull();
    await runJobQueue();
    expect(await row(job.id)).toMatchObject({ status: "DONE", done: stopped.total });
  }, 180_000);

  it("a long job lets a queued one go first once its slice is over", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const long = await enqueueJob(reviewer, { kind: "rerun-checks" });
    const running = (await claimJob())!;
    const short = await enqueueJob(editor, { kind: "glossary-recheck", source: "Несуществующий" });
    expect(await runClaimedJob(running, { sliceMs: 0 })).toBe("yielded");
    expect((await row(long.id)).status).toBe("QUEUED");
    expect((await claimJob())?.id).toBe(short.id);
  });

  it("cancels a queued job, and a running one after the item in hand; only its starter or an editor may", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const other = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    await createArticlesFast(3, { importedById: reviewer.id });
    const queued = await enqueueJob(reviewer, { kind: "rerun-checks" });
    expect((await failure(cancelJob(other, queued.id))).status).toBe(403);
    expect(await cancelJob(reviewer, queued.id)).toMatchObject({ status: "CANCELLED" });
    expect((await failure(cancelJob(reviewer, queued.id))).status).toBe(409);
    expect(await claimJob()).toBeNull();

    // Cancelled between its claim and its first item: nothing runs.
    const early = await enqueueJob(reviewer, { kind: "rerun-checks" });
    const earlyClaim = (await claimJob())!;
    await cancelJob(reviewer, early.id);
    expect(await runClaimedJob(earlyClaim)).toBe("cancelled");
    expect(await row(early.id)).toMatchObject({ status: "CANCELLED", done: 0 });

    // Cancelled while the runner works on its second item: that item finishes, and nothing after it runs.
    const running = await enqueueJob(reviewer, { kind: "rerun-checks" });
    const claim = (await claimJob())!;
    let asked = 0;
    const cancelling: Promise<unknown>[] = [];
    const outcome = await runClaimedJob(claim, {
      shouldStop: () => {
        if (asked++ === 1) cancelling.push(cancelJob(editor, running.id));
        return false;
      },
    });
    await Promise.all(cancelling);
    expect(outcome).toBe("cancelled");
    expect(await row(running.id)).toMatchObject({ status: "CANCELLED", done: 2 });
    expect((await row(running.id)).total).toBeGreaterThan(2);
    expect(await db().auditEntry.count({ where: { entityId: queued.id, action: "job.cancelled" } })).toBe(1);
  }, 180_000);

  it("checks roles on start and again when run; the same job queued twice is one job", async () => {
    const reviewer = await createTestUser("REVIEWER");
    expect((await failure(enqueueJob(reviewer, { kind: "glossary-recheck", source: "Умаров" }))).status).toBe(403);
    await expect(enqueueJob(reviewer, { kind: "approve-corrections", correctionIds: [] })).rejects.toThrow(/at least one/);
    const editor = await createTestUser("EDITOR");
    const job = await enqueueJob(editor, { kind: "glossary-recheck", source: "Умаров" });
    expect(await enqueueJob(editor, { kind: "glossary-recheck", source: "Умаров" })).toMatchObject({ id: job.id, existing: true });

    // Demoted before a runner took it up: the job fails as a whole, and runs nothing.
    await db().user.update({ where: { id: editor.id }, data: { role: "REVIEWER" } });
    expect(await runClaimedJob((await claimJob())!)).toBe("failed");
    expect(await getJob(job.id)).toMatchObject({ status: "FAILED", done: 0, error: expect.stringMatching(/can no longer do this/) });
  });
});
