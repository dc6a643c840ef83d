import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPublicArticle } from "@/lib/articles";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { importArticle } from "@/lib/import";
import { readerView } from "@/lib/reports";
import { revertToRevision } from "@/lib/revisions";
import { setPublisherChangeLog } from "@/lib/settings";
import { editChange, mangledPair } from "./correction-fixtures";
import { createTestUser, uniquePair } from "./factories";

// The public article page reads its article with one written-out statement on every view (lib/articles/queries.ts):
// the same answer as Prisma's on both databases, and never an old revision once another request has approved one.
describe("the public article page's article", () => {
  it("has the page's fields, its publisher's name and change-log setting, with the same types on both databases", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const publisher = `Publisher ${randomUUID().slice(0, 8)}`;
    const { id, slug } = await importArticle({ ...uniquePair(), publisher, sourceUrl: "https://news.example.kz/ru/1" }, { actorId: reviewer.id });
    const stored = await getDb().article.findUniqueOrThrow({ where: { id } });
    expect(await getPublicArticle(slug)).toStrictEqual({
      id, slug, title: stored.title, sourceUrl: "https://news.example.kz/ru/1", sourceLang: "ru", currentRevision: 1, publisher: { name: publisher, showChangeLog: true },
    });
  });

  it("has no publisher for an article imported without one, and is null for an unknown slug", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const { slug } = await importArticle(uniquePair(), { actorId: reviewer.id });
    expect(await getPublicArticle(slug)).toMatchObject({ slug, sourceUrl: null, publisher: null });
    expect(await getPublicArticle(`no-such-article-${randomUUID()}`)).toBeNull();
  });

  it("shows the approved revision right after an approval, the restored text after a revert, and a publisher's new setting", async () => {
    const [reviewer, editor, admin] = [await createTestUser("REVIEWER"), await createTestUser("EDITOR"), await createTestUser("ADMIN")];
    const { id, slug } = await importArticle({ ...mangledPair(), publisher: `Publisher ${randomUUID().slice(0, 8)}` }, { actorId: reviewer.id });
    const page = async () => {
      const article = (await getPublicArticle(slug))!;
      return { revision: article.currentRevision, text: (await readerView(article.id, article.currentRevision)).text, showChangeLog: article.publisher?.showChangeLog };
    };
    expect(await page()).toMatchObject({ revision: 1, text: expect.stringContaining("in summer"), showChangeLog: true });

    const correction = await createCorrection(reviewer, await editChange(id, "in summer", "this summer"));
    await approveCorrection(editor, { correctionId: correction.id });
    expect(await page()).toMatchObject({ revision: 2, text: expect.stringContaining("this summer") });

    await revertToRevision(editor, { articleId: id, number: 1, expectedCurrent: 2 });
    expect(await page()).toMatchObject({ revision: 3, text: expect.stringContaining("in summer") });

    const { publisherId } = await getDb().article.findUniqueOrThrow({ where: { id } });
    await setPublisherChangeLog(admin, { publisherId: publisherId!, showChangeLog: false });
    expect((await page()).showChangeLog).toBe(false);
  });
});
