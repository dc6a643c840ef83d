import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { alignTexts } from "@/lib/align";
import { ALIGNMENT_VERSION, deserializeAlignment, type StoredAlignment } from "@/lib/analysis";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { decodeUtf8, DuplicateArticleError, importArticle } from "@/lib/import";
import { createTestUser, uniquePair } from "./factories";

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/${name}`);
const twinMarker = randomUUID().slice(0, 8);
const uniquePairTwin = () => uniquePair(twinMarker);

async function expectUserError(promise: Promise<unknown>, status: number, message: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).status).toBe(status);
  expect((error as UserError).message).toMatch(message);
}

describe("importArticle", () => {
  it("stores the article, its first revision, the cached alignment, flags and an audit row", async () => {
    const user = await createTestUser("REVIEWER");
    const pair = uniquePair();
    const imported = await importArticle({ ...pair, engine: "Test MT", publisher: "Test Publisher" }, { actorId: user.id });

    const db = getDb();
    const article = await db.article.findUniqueOrThrow({ where: { id: imported.id }, include: { revisions: { include: { alignment: true } }, publisher: true } });
    expect(article.slug).toBe(imported.slug);
    expect(article.sourceText).toBe(pair.source);
    expect(article.publisher?.name).toBe("Test Publisher");
    expect(article.revisions).toHaveLength(1);
    expect(article.revisions[0]).toMatchObject({ number: 1, text: pair.target, origin: "import", authorId: user.id });
    // The alignment stored with it reads back as the alignment of the pair.
    const stored = article.revisions[0].alignment!;
    expect(stored.version).toBe(ALIGNMENT_VERSION);
    expect(deserializeAlignment(stored.data as unknown as StoredAlignment, pair.source, pair.target)).toEqual(alignTexts(pair.source, pair.target, { sourceLang: "ru", targetLang: "en" }));
    expect(Math.abs(stored.createdAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    const audit = await db.auditEntry.findFirst({ where: { entityId: article.id, action: "article.imported" } });
    expect(audit?.actorId).toBe(user.id);
  });

  it("stores every flag of an article with over a thousand of them (more than one INSERT), whole, in the count too", async () => {
    const marker = randomUUID().slice(0, 8);
    const paragraphs = Array.from({ length: 1100 }, (_, i) => i);
    const imported = await importArticle({
      title: `Many flags ${marker}`,
      source: paragraphs.map((i) => `Цены на топливо выросли в ${i + 1} городах.`).join("\n\n"),
      target: paragraphs.map((i) => `Fuel prices rose in the the ${i + 1} cities.`).join("\n\n") + `\n\n${marker}`,
    });

    const db = getDb();
    const repeated = await db.flag.count({ where: { articleId: imported.id, check: "repeated-word" } });
    expect(repeated).toBe(1100);
    expect(await db.flag.count({ where: { articleId: imported.id } })).toBe(imported.flags);
    const { text } = await db.revision.findFirstOrThrow({ where: { articleId: imported.id } });
    const last = await db.flag.findFirstOrThrow({ where: { articleId: imported.id, check: "repeated-word" }, orderBy: { targetStart: "desc" } });
    expect(last).toMatchObject({ status: "OPEN", dismissalId: null, sourceStart: null, targetText: text.slice(last.targetStart, last.targetEnd) });
    expect(last.targetText).toMatch(/the the/i);
    expect(last.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(Math.abs(last.createdAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    // Ids are unique and the flags are found by them.
    expect((await db.flag.findUniqueOrThrow({ where: { id: last.id } })).id).toBe(last.id);
    const article = await db.article.findUniqueOrThrow({ where: { id: imported.id } });
    expect(article.openFlagCount).toBe(imported.flags);
  });

  it("refuses an exact duplicate with 409 and stores nothing new", async () => {
    const user = await createTestUser("REVIEWER");
    const pair = uniquePair();
    const first = await importArticle(pair, { actorId: user.id });
    const before = await getDb().article.count();
    const error = await importArticle(pair, { actorId: user.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateArticleError);
    expect((error as DuplicateArticleError).status).toBe(409);
    expect((error as DuplicateArticleError).existing.id).toBe(first.id);
    expect(await getDb().article.count()).toBe(before);
  });

  it("gives two same-titled articles imported at once their own slugs, and one of two identical imports a 409", async () => {
    const user = await createTestUser("REVIEWER");
    const [a, b] = [uniquePair(), uniquePair()];
    const title = `Same title ${a.title}`;
    const both = await Promise.all([importArticle({ ...a, title }, { actorId: user.id }), importArticle({ ...b, title }, { actorId: user.id })]);
    expect(new Set(both.map((article) => article.slug)).size).toBe(2);

    const twins = await Promise.allSettled([importArticle(uniquePairTwin(), { actorId: user.id }), importArticle(uniquePairTwin(), { actorId: user.id })]);
    expect(twins.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = twins.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DuplicateArticleError);
  });

  it("rejects an empty side, a source without Cyrillic and an oversized side, leaving nothing behind", async () => {
    const pair = uniquePair();
    const before = await getDb().article.count();
    await expectUserError(importArticle({ ...pair, target: "  \n " }), 422, /translation is empty/);
    await expectUserError(importArticle({ ...pair, source: "" }), 422, /original is empty/);
    await expectUserError(importArticle({ ...pair, source: fixture("bad/no-cyrillic.ru.txt").toString("utf8") }), 422, /no Cyrillic/);
    await expectUserError(importArticle({ ...pair, target: "x".repeat(1024 * 1024 + 1) }), 413, /1 MB/);
    await expectUserError(importArticle({ ...pair, source: pair.target, target: pair.source }), 422, /no Cyrillic|swapped/);
    // A translation with more Cyrillic letters than Latin ones (here about 60 to 25) is not English; the other way round it is.
    await expectUserError(importArticle({ ...pair, target: `${pair.source} Minister Askar Umarov` }), 422, /does not look like English/);
    expect(await getDb().article.count()).toBe(before);
    const mixed = await importArticle({ ...pair, target: `${pair.target} Министр прибыл` });
    await getDb().article.delete({ where: { id: mixed.id } });
  });

  it("says a Windows-1251 file is not UTF-8", () => {
    expect(() => decodeUtf8(fixture("bad/cp1251.ru.txt"), "cp1251.ru.txt")).toThrow(/not UTF-8/);
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "x")).toBe("A");
  });

  it("imports HTML pages as their article body, one paragraph per block, without gluing words", async () => {
    const user = await createTestUser("REVIEWER");
    const imported = await importArticle(
      { source: fixture("html-pair.ru.html").toString("utf8"), target: fixture("html-pair.en.html").toString("utf8") },
      { actorId: user.id },
    );
    const db = getDb();
    const article = await db.article.findUniqueOrThrow({ where: { id: imported.id }, include: { revisions: true } });
    const translation = article.revisions[0].text;
    expect(article.title).toBe("Felt of the 19th century was shown in Almaty");
    expect(translation.split("\n\n")).toHaveLength(8);
    expect(article.sourceText.split("\n\n")).toHaveLength(8);
    expect(translation).not.toMatch(/country\.The|dyes\.“We/);
    expect(article.sourceText).not.toMatch(/страны\.Самые/);
    expect(translation).not.toMatch(/cookie|Related|©/i);
  });

  it("refuses an HTML page nested 5,000 deep with a 422 (it used to take 493 s on the request thread) and stores nothing", async () => {
    const pair = uniquePair();
    const before = await getDb().article.count();
    const hostile = `<!doctype html><html><body>${"<div>".repeat(5000)}<p>${pair.target}</p>${"</div>".repeat(5000)}</body></html>`;
    await expectUserError(importArticle({ ...pair, target: hostile }), 422, /nests elements 5,000 deep/);
    expect(await getDb().article.count()).toBe(before);
  });
});
