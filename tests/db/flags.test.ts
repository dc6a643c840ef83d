import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { segment } from "@/lib/align";
import { draftFlags } from "@/lib/analysis";
import { dismissFlag, rerunChecks, storeFlags } from "@/lib/flags";
import { addGlossaryTerm, removeGlossaryTerm } from "@/lib/glossary/edit-terms";
import { loadGlossary } from "@/lib/glossary/repository";
import { importArticle } from "@/lib/import";
import { createTestUser } from "./factories";

/** A pair whose translation repeats a word: the repeated-word check flags "the the". */
function pairWithRepeat(marker = randomUUID().slice(0, 8)) {
  return {
    title: `Repeat ${marker}`,
    source: `Парламент одобрил закон ${marker} в среду.`,
    target: `The the parliament approved law ${marker} on Wednesday.`,
  };
}

async function openRepeatFlags(articleId: string) {
  return getDb().flag.findMany({ where: { articleId, check: "repeated-word" } });
}

describe("dismissing flags", () => {
  it("keeps an article-scoped dismissal when the checks run again", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const article = await importArticle(pairWithRepeat(), { actorId: reviewer.id });
    const [flag] = await openRepeatFlags(article.id);
    expect(flag?.status).toBe("OPEN");

    await dismissFlag(reviewer, { flagId: flag.id, scope: "ARTICLE", reason: "house style" });
    expect((await openRepeatFlags(article.id)).map((f) => f.status)).toEqual(["DISMISSED"]);

    const rerun = await rerunChecks(reviewer, article.id);
    expect(rerun.added).toBe(0);
    expect((await openRepeatFlags(article.id)).map((f) => f.status)).toEqual(["DISMISSED"]);
    await expect(dismissFlag(reviewer, { flagId: flag.id, scope: "ARTICLE" })).rejects.toThrow(/already dismissed/);
  });

  it("applies an everywhere-scoped dismissal to articles imported later", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const first = await importArticle(pairWithRepeat(), { actorId: reviewer.id });
    const [flag] = await openRepeatFlags(first.id);
    await dismissFlag(reviewer, { flagId: flag.id, scope: "EVERYWHERE" });
    const second = await importArticle(pairWithRepeat(), { actorId: reviewer.id });
    expect((await openRepeatFlags(second.id)).map((f) => f.status)).toEqual(["DISMISSED"]);
    await getDb().dismissal.deleteMany({ where: { userId: reviewer.id } });
  });

  it("two reviewers dismissing one flag at once: one dismissal, the other is told it is already dismissed", async () => {
    const [first, second] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER")]);
    const article = await importArticle(pairWithRepeat(), { actorId: first.id });
    const [flag] = await openRepeatFlags(article.id);
    const outcomes = await Promise.allSettled([dismissFlag(first, { flagId: flag.id, scope: "OCCURRENCE" }), dismissFlag(second, { flagId: flag.id, scope: "OCCURRENCE" })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toEqual([{ status: "fulfilled", value: { dismissed: 1 } }]);
    expect(outcomes.find((o) => o.status === "rejected")?.reason).toMatchObject({ status: 409 });
    const dismissals = await getDb().dismissal.findMany({ where: { articleId: article.id } });
    expect(dismissals).toHaveLength(1);
    expect((await getDb().flag.findUniqueOrThrow({ where: { id: flag.id } })).dismissalId).toBe(dismissals[0].id);
  });
});

describe("storing flags", () => {
  it("adds flags to a revision that has some, each stored whole with an id of its own", async () => {
    const article = await importArticle(pairWithRepeat());
    const revision = await getDb().revision.findFirstOrThrow({ where: { articleId: article.id } });
    const target = segment(revision.text, "en");
    const finding = (start: number, end: number) => ({ check: "test-check", category: "Fluency/Grammar" as const, severity: "minor" as const, message: "A test finding.", target: { start, end, text: revision.text.slice(start, end) }, source: null, suggestion: "fixed" });
    // Twice on one revision, as a re-run of the checks adds its new findings.
    for (const [start, end] of [[8, 18], [19, 27]]) {
      await getDb().$transaction((tx) => storeFlags(tx, { articleId: article.id, revisionId: revision.id }, draftFlags({ source: target, target, beads: [] }, [finding(start, end)])));
    }
    const stored = await getDb().flag.findMany({ where: { revisionId: revision.id, check: "test-check" }, orderBy: { targetStart: "asc" } });
    expect(stored.map((f) => [f.targetText, f.suggestion, f.status, f.severity])).toEqual([["parliament", "fixed", "OPEN", "minor"], ["approved", "fixed", "OPEN", "minor"]]);
    expect(new Set(stored.map((f) => f.id)).size).toBe(2);
  });
});

describe("glossary editing", () => {
  it("adds a term the checks then load, refuses a duplicate and a non-Russian source", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const source = `Тестов${randomUUID().slice(0, 4).replace(/\d/g, "а")}`;
    const term = await addGlossaryTerm(reviewer, { source, target: "Testov", kind: "OFFICIAL_SPELLING" });
    expect((await loadGlossary(getDb(), "ru", "en")).some((t) => t.source === source && t.target === "Testov")).toBe(true);
    await expect(addGlossaryTerm(reviewer, { source, target: "Testov", kind: "OFFICIAL_SPELLING" })).rejects.toThrow(/already in the glossary/);
    await expect(addGlossaryTerm(reviewer, { source: "Tokayev", target: "Tokayev", kind: "OFFICIAL_SPELLING" })).rejects.toThrow(/Cyrillic/);
    await removeGlossaryTerm(reviewer, term.id);
    expect((await loadGlossary(getDb(), "ru", "en")).some((t) => t.source === source)).toBe(false);
  });
});
