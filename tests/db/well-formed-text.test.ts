import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { addGlossaryTerm } from "@/lib/glossary/edit-terms";
import { importArticle } from "@/lib/import";
import { currentText, editChange, mangledPair } from "./correction-fixtures";
import { createTestUser } from "./factories";

// Text with a lone surrogate or a NUL: SQLite stored the surrogate as three bytes that read back as three
// characters (every offset after it shifted by two), PostgreSQL refused the NUL (P2039, a 500).
const HALF_EMOJI = "\uD83D";

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).not.toBeNull();
  return error;
}

describe("well-formed text at every way in", () => {
  it("imports a lone surrogate and a NUL as U+FFFD: the flags point at their words and approving one fixes those words", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const pair = mangledPair();
    const target = pair.target.replace("Deputy Minister", `Deputy${HALF_EMOJI} Minister\u0000`);
    const imported = await importArticle({ ...pair, source: `${pair.source}\u0000`, target }, { actorId: reviewer.id });

    const stored = await currentText(imported.id);
    expect(stored.text).toBe(pair.target.replace("Deputy Minister", "Deputy\uFFFD Minister\uFFFD"));
    expect(stored.text.length).toBe(target.length);
    const article = await getDb().article.findUniqueOrThrow({ where: { id: imported.id } });
    expect(article.sourceText.includes("\u0000")).toBe(false);

    const flags = await getDb().flag.findMany({ where: { revisionId: stored.revisionId }, orderBy: { targetStart: "asc" } });
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(stored.text.slice(flag.targetStart, flag.targetEnd)).toBe(flag.targetText);
    const nameFlag = flags.find((flag) => flag.check === "name-case" && flag.targetText === "Askara Umarova")!;
    const correction = await createCorrection(reviewer, { articleId: imported.id, baseRevision: 1, change: { kind: "flag", flagId: nameFlag.id } });
    await approveCorrection(editor, { correctionId: correction.id });
    expect((await currentText(imported.id)).text).toContain("Deputy\uFFFD Minister\uFFFD Askar Umarov, the reservoir");
  });

  it("refuses a replacement, a note or an edit that would break a character, and stores no correction", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const pair = mangledPair();
    const imported = await importArticle({ ...pair, target: pair.target.replace("Deputy Minister", "Deputy 😀 Minister") }, { actorId: reviewer.id });
    const before = await getDb().correction.count({ where: { articleId: imported.id } });

    const lone = await refusal(createCorrection(reviewer, await editChange(imported.id, "Askara Umarova", HALF_EMOJI)));
    expect(lone).toBeInstanceOf(ZodError);
    expect((lone as ZodError).issues[0].message).toMatch(/broken character/);
    const note = await refusal(createCorrection(reviewer, { ...(await editChange(imported.id, "Askara", "Askar")), note: "a\u0000b" }));
    expect(note).toBeInstanceOf(ZodError);

    const half = await editChange(imported.id, "😀", "");
    const split = await refusal(createCorrection(reviewer, { ...half, change: { ...half.change, end: half.change.start + 1 } }));
    expect(split).toBeInstanceOf(UserError);
    expect((split as UserError).message).toMatch(/cuts a character/);
    expect(await getDb().correction.count({ where: { articleId: imported.id } })).toBe(before);
  });

  it("refuses a glossary term with a NUL or half an emoji", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const nul = await refusal(addGlossaryTerm(reviewer, { source: "Тест\u0000", target: "Test", kind: "PREFERRED_TERM" }));
    expect(nul).toBeInstanceOf(ZodError);
    const half = await refusal(addGlossaryTerm(reviewer, { source: "Тест", target: `Test${HALF_EMOJI}`, kind: "PREFERRED_TERM" }));
    expect(half).toBeInstanceOf(ZodError);
    expect(await getDb().glossaryTerm.count({ where: { createdById: reviewer.id } })).toBe(0);
  });
});
