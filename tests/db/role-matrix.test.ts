import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth";
import { setArticleStatus } from "@/lib/articles";
import { approveCorrection, createCorrection, rejectCorrection, requestChanges, submitCorrection, withdrawCorrection } from "@/lib/corrections";
import { getDb, type Role } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { dismissFlag } from "@/lib/flags";
import { cancelJob, enqueueJob } from "@/lib/jobs";
import { revertToRevision } from "@/lib/revisions";
import { changeSetting, setPublisherChangeLog } from "@/lib/settings";
import { changeRole, inviteUser, setUserActive } from "@/lib/users";
import { editChange, importMangled } from "./correction-fixtures";
import { createTestUser } from "./factories";

const ROLES: Role[] = ["REVIEWER", "EDITOR", "ADMIN"];

/** Each verb with the lowest role allowed to call it and a fresh situation to call it in. */
const VERBS: { name: string; minimum: Role; prepare: (actor: CurrentUser) => Promise<() => Promise<unknown>> }[] = [
  { name: "create a correction", minimum: "REVIEWER", prepare: async (actor) => { const a = await article(); return async () => createCorrection(actor, await editChange(a.id, "in summer", "this summer")); } },
  { name: "dismiss a flag", minimum: "REVIEWER", prepare: async (actor) => { const a = await article(); const flag = await getDb().flag.findFirstOrThrow({ where: { articleId: a.id, status: "OPEN" } }); return () => dismissFlag(actor, { flagId: flag.id, scope: "OCCURRENCE" }); } },
  { name: "withdraw own correction", minimum: "REVIEWER", prepare: async (actor) => { const id = await pending(actor); return () => withdrawCorrection(actor, { correctionId: id }); } },
  { name: "resubmit own correction", minimum: "REVIEWER", prepare: async (actor) => { const a = await article(); const c = await createCorrection(actor, await editChange(a.id, "in summer", "this summer")); await requestChanges(await user("EDITOR"), { correctionId: c.id, comment: "Say when." }); return async () => submitCorrection(actor, { correctionId: c.id, ...(await editChange(a.id, "in summer", "in July")) }); } },
  { name: "mark an article reviewed", minimum: "REVIEWER", prepare: async (actor) => { const a = await article(); return () => setArticleStatus(actor, { articleId: a.id, status: "REVIEWED" }); } },
  { name: "archive an article", minimum: "EDITOR", prepare: async (actor) => { const a = await article(); return () => setArticleStatus(actor, { articleId: a.id, status: "ARCHIVED" }); } },
  { name: "approve", minimum: "EDITOR", prepare: async (actor) => { const id = await pending(); return () => approveCorrection(actor, { correctionId: id }); } },
  { name: "reject", minimum: "EDITOR", prepare: async (actor) => { const id = await pending(); return () => rejectCorrection(actor, { correctionId: id, reason: "The original text was correct." }); } },
  { name: "request changes", minimum: "EDITOR", prepare: async (actor) => { const id = await pending(); return () => requestChanges(actor, { correctionId: id, comment: "Check the original." }); } },
  { name: "revert", minimum: "EDITOR", prepare: async (actor) => { const id = await pending(); const c = await getDb().correction.findUniqueOrThrow({ where: { id } }); await approveCorrection(await user("EDITOR"), { correctionId: id }); return () => revertToRevision(actor, { articleId: c.articleId, number: 1, expectedCurrent: 2 }); } },
  { name: "start a bulk approval job", minimum: "EDITOR", prepare: async (actor) => { const id = await pending(); return () => enqueueJob(actor, { kind: "approve-corrections", correctionIds: [id] }); } },
  { name: "start a re-run of all checks", minimum: "REVIEWER", prepare: async (actor) => () => enqueueJob(actor, { kind: "rerun-checks" }) },
  { name: "start a glossary re-check job", minimum: "EDITOR", prepare: async (actor) => () => enqueueJob(actor, { kind: "glossary-recheck", source: "Умаров" }) },
  { name: "cancel another's job", minimum: "EDITOR", prepare: async (actor) => { const job = await enqueueJob(await user("EDITOR"), { kind: "glossary-recheck", source: `Тест ${Math.random()}` }); return () => cancelJob(actor, job.id); } },
  { name: "invite a user", minimum: "ADMIN", prepare: async (actor) => () => inviteUser(actor, { email: `invited-${Math.random().toString(36).slice(2)}@test.errata`, role: "REVIEWER" }) },
  { name: "change a role", minimum: "ADMIN", prepare: async (actor) => { const target = await user("REVIEWER"); return () => changeRole(actor, { userId: target.id, role: "EDITOR" }); } },
  { name: "deactivate a user", minimum: "ADMIN", prepare: async (actor) => { const target = await user("REVIEWER"); return () => setUserActive(actor, { userId: target.id, active: false }); } },
  { name: "change a setting", minimum: "ADMIN", prepare: async (actor) => () => changeSetting(actor, { key: "allowSelfApproval", value: false }) },
  { name: "switch a publisher's change log", minimum: "ADMIN", prepare: async (actor) => { const p = await getDb().publisher.upsert({ where: { name: "Matrix Publisher" }, create: { name: "Matrix Publisher" }, update: {} }); return () => setPublisherChangeLog(actor, { publisherId: p.id, showChangeLog: true }); } },
];

const RANK: Record<Role, number> = { REVIEWER: 1, EDITOR: 2, ADMIN: 3 };
let owner: CurrentUser | undefined;
const user = (role: Role) => createTestUser(role);
async function article() {
  owner ??= await user("REVIEWER");
  return importMangled(owner);
}
async function pending(author?: CurrentUser) {
  const a = await article();
  return (await createCorrection(author ?? owner!, await editChange(a.id, "in summer", "this summer"))).id;
}

describe("role × action matrix", () => {
  for (const verb of VERBS) {
    for (const role of ROLES) {
      const allowed = RANK[role] >= RANK[verb.minimum];
      it(`${role} ${allowed ? "may" : "may not"} ${verb.name}`, async () => {
        const actor = await user(role);
        const call = await verb.prepare(actor);
        const outcome = await call().then(() => "ok", (error: unknown) => error);
        if (allowed) expect(outcome).toBe("ok");
        else {
          expect(outcome).toBeInstanceOf(UserError);
          expect((outcome as UserError).status).toBe(403);
        }
      });
    }
  }
});
