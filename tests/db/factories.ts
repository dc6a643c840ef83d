import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { createApiToken } from "@/lib/api-tokens";
import { textCounts } from "@/lib/article-counts";
import { getDb, type Role } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth";
import { hashPassword } from "@/lib/auth/passwords";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { dismissFlag } from "@/lib/flags";
import { addGlossaryTerm } from "@/lib/glossary/edit-terms";
import { importArticle } from "@/lib/import";
import { claimJob, enqueueJob, runClaimedJob } from "@/lib/jobs";
import { createReport } from "@/lib/reports";
import { setSetting } from "@/lib/settings";
import { inviteUser } from "@/lib/users";
import { createWebhook } from "@/lib/webhooks";
import { mangledPair } from "./correction-fixtures";

const createdUsers: string[] = [];
const createdWebhooks: string[] = [];

/** A user of its own for one test file (removed with everything it made once the file is done). */
export async function createTestUser(role: Role, password = "correct-horse-battery"): Promise<CurrentUser & { password: string }> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.errata`;
  const user = await getDb().user.create({ data: { email, role, passwordHash: await hashPassword(password) } });
  createdUsers.push(user.id);
  return { id: user.id, email, name: null, role, password };
}

/** A short ru→en pair nobody else's test can collide with (imports refuse exact duplicates). */
export function uniquePair(marker = randomUUID().slice(0, 8)) {
  return {
    title: `Test article ${marker}`,
    source: `Министр Аскар Умаров прибыл в Астану ${marker}.\n\nОн встретился с журналистами в среду.`,
    target: `Minister Askar Umarov arrived in Astana ${marker}.\n\nHe met journalists on Wednesday.`,
  };
}

/**
 * Rows in every table, each made the way the app makes them: users and an invitation, a glossary term, an
 * article under a publisher with its revisions, alignment and flags, a dismissal, a reader's report joined by a
 * second reader (rate-limit counters), a correction approved (audit entries, mail to the reader), a setting, a
 * queued job.
 */
export async function fillEveryTable() {
  const marker = randomUUID().slice(0, 8);
  const [admin, reviewer, editor] = [await createTestUser("ADMIN"), await createTestUser("REVIEWER"), await createTestUser("EDITOR")];
  await inviteUser(admin, { email: `invited-${marker}@test.errata`, role: "REVIEWER" });
  await addGlossaryTerm(reviewer, { source: `Тестовое ведомство ${marker}`, target: `Test Agency ${marker}`, kind: "OFFICIAL_SPELLING", note: "round trip" });
  await setSetting("allowSelfApproval", false);
  await createApiToken(reviewer, { name: `Round trip ${marker}`, scopes: ["read"] });
  // The approval below writes its delivery; nothing sends it (no dispatcher runs in these tests).
  const webhook = await createWebhook(admin, { url: `https://hooks.example.org/errata-${marker}`, events: ["correction.approved"] });
  createdWebhooks.push(webhook.id);

  const pair = mangledPair(marker);
  const { id: articleId, slug } = await importArticle({ ...pair, publisher: `Publisher ${marker}` }, { actorId: reviewer.id });
  const at = pair.target.lastIndexOf("Askara Umarova");
  const report = { article: slug, revision: 1, selection: "Askara Umarova", start: at, end: at + 14, contextBefore: pair.target.slice(at - 40, at), contextAfter: pair.target.slice(at + 14, at + 54), suggestion: "Askar Umarov", email: `reader-${marker}@example.org` };
  await createReport(report, { clientHash: `first-${marker}`, crossOrigin: null });
  await createReport({ ...report, email: undefined, comment: "same here" }, { clientHash: `second-${marker}`, crossOrigin: null });

  // Two name-case flags: the first is dismissed, the second (the reported one) corrected.
  const [first, reported] = await getDb().flag.findMany({ where: { articleId, check: "name-case" }, orderBy: { targetStart: "asc" } });
  await dismissFlag(reviewer, { flagId: first.id, scope: "OCCURRENCE", reason: "round trip" });
  const correction = await createCorrection(reviewer, { articleId, baseRevision: 1, change: { kind: "flag", flagId: reported.id }, note: "case ending" });
  await approveCorrection(editor, { correctionId: correction.id });
  // Queued, never run (no runner here): a job row as it waits for one.
  await enqueueJob(editor, { kind: "glossary-recheck", source: `Тестовое ведомство ${marker}` });
}

/** Claims and runs queued jobs until none is due, as a server's job runner does (none runs in these tests). */
export async function runJobQueue() {
  for (let job = await claimJob(); job; job = await claimJob()) await runClaimedJob(job);
}

/**
 * Many short articles at once, each with its first revision and stored counts (no flags, no reports), written with
 * createMany rather than imported one by one (the checks would take minutes): for tests of lists at archive
 * scale. Imported by `importedById`, so they are removed with that test user.
 */
export async function createArticlesFast(count: number, options: { importedById: string; engine?: string; createdAt?: Date }) {
  const db = getDb();
  const batch = randomUUID().slice(0, 8);
  const start = options.createdAt?.getTime() ?? Date.now() - count * 1000;
  const rows = Array.from({ length: count }, (_, i) => {
    const pair = uniquePair(`${batch}-${i}`);
    return { id: `fast-${batch}-${i}`, slug: `fast-${batch}-${i}`, title: pair.title, sourceText: pair.source, target: pair.target, createdAt: new Date(start + i * 1000) };
  });
  // Chunks keep each statement under SQLite's 999 bound parameters.
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    await db.article.createMany({
      data: chunk.map(({ target, ...row }) => ({ ...row, ...textCounts(row.title, target), contentHash: `fast-${row.id}`, engine: options.engine ?? null, importedById: options.importedById })),
    });
    await db.revision.createMany({ data: chunk.map((row) => ({ articleId: row.id, number: 1, text: row.target, origin: "import", authorId: options.importedById })) });
  }
  return rows.map(({ id, slug, title, createdAt }) => ({ id, slug, title, createdAt }));
}

afterAll(async () => {
  const db = getDb();
  await db.webhook.deleteMany({ where: { id: { in: createdWebhooks } } });
  if (createdUsers.length === 0) return;
  await db.article.deleteMany({ where: { importedById: { in: createdUsers } } });
  await db.dismissal.deleteMany({ where: { userId: { in: createdUsers } } });
  await db.auditEntry.deleteMany({ where: { actorId: { in: createdUsers } } });
  await db.invitation.deleteMany({ where: { createdById: { in: createdUsers } } });
  await db.glossaryTerm.deleteMany({ where: { createdById: { in: createdUsers } } });
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
});
