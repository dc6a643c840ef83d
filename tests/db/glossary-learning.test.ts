import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { acceptProposal, dismissProposal } from "@/lib/glossary-learning";
import { importArticle } from "@/lib/import";
import { enqueueJob, getJob } from "@/lib/jobs";
import { importMangled } from "./correction-fixtures";
import { createTestUser, runJobQueue } from "./factories";

/** A pair whose translation keeps the Russian genitive of Умаров: "Umarova". */
function wrongFormPair(marker = randomUUID().slice(0, 8)) {
  return {
    title: `Tariffs ${marker}`,
    source: `Тарифы на воду пересмотрят осенью, сообщил Аскар Умаров ${marker}.\n\nПо словам Аскара Умарова, решение примут в сентябре.`,
    target: `Water tariffs will be reviewed in autumn, Askar Umarov said ${marker}.\n\nAccording to Askar Umarova, the decision will be made in September.`,
  };
}

const glossaryFlags = (articleId: string) => getDb().flag.findMany({ where: { articleId, check: "glossary", status: "OPEN" }, select: { targetText: true, suggestion: true } });

// The learned terms would change what other test files' articles are flagged with: they go when this file is done.
afterAll(async () => {
  await getDb().glossaryTerm.deleteMany({ where: { source: { in: ["Умаров", "Аскар"] } } });
  await getDb().glossaryProposal.deleteMany({ where: { source: { in: ["Умаров", "Аскар"] } } });
});

describe("the glossary learns from approved name corrections", () => {
  it("proposes the entry on approval; accepted, it flags the wrong form in a new article and, re-checked, in a past one", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const past = await importArticle(wrongFormPair(), { actorId: reviewer.id });

    // Article A: "Askara Umarova" (a name-case flag) corrected to "Askar Umarov" and approved.
    const article = await importMangled(reviewer);
    const flag = await getDb().flag.findFirstOrThrow({ where: { articleId: article.id, check: "name-case" }, orderBy: { targetStart: "asc" } });
    const correction = await createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "flag", flagId: flag.id } });
    const approval = await approveCorrection(editor, { correctionId: correction.id });
    expect(approval.status).toBe("APPROVED");
    const proposals = approval.status === "APPROVED" ? approval.glossaryProposals : [];
    expect(proposals.map((p) => [p.source, p.target, p.wrongForm])).toEqual([["Аскар", "Askar", "Askara"], ["Умаров", "Umarov", "Umarova"]]);

    // Not yet accepted: nothing is flagged by the glossary.
    expect(await glossaryFlags(past.id)).toEqual([]);
    await expect(acceptProposal(reviewer, { proposalId: proposals[1].id })).rejects.toThrow(/Only editors/);
    const term = await acceptProposal(editor, { proposalId: proposals[1].id });
    expect(term).toMatchObject({ source: "Умаров", target: "Umarov", kind: "OFFICIAL_SPELLING", publisherId: null });
    await dismissProposal(editor, proposals[0].id);
    await expect(acceptProposal(editor, { proposalId: proposals[0].id })).rejects.toThrow(/already dismissed/);

    // Article B, imported after: the wrong form is flagged with the learned spelling.
    const later = await importArticle(wrongFormPair(), { actorId: reviewer.id });
    expect(await glossaryFlags(later.id)).toEqual([{ targetText: "Umarova", suggestion: "Umarov" }]);

    // The past article, re-checked on demand: a background job, one article at a time.
    expect(await glossaryFlags(past.id)).toEqual([]);
    await expect(enqueueJob(reviewer, { kind: "glossary-recheck", source: "Умаров" })).rejects.toThrow(/Only editors/);
    const job = await enqueueJob(editor, { kind: "glossary-recheck", source: "Умаров" });
    await runJobQueue();
    const finished = await getJob(job.id);
    expect(finished).toMatchObject({ status: "DONE", failed: 0, title: "Re-check past articles mentioning “Умаров”" });
    expect(finished!.done).toBe(finished!.total);
    expect(finished!.done).toBeGreaterThanOrEqual(3);
    expect(await glossaryFlags(past.id)).toEqual([{ targetText: "Umarova", suggestion: "Umarov" }]);
  }, 180_000);
});
