import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { tmx2js } from "tmexchange";
import { describe, expect, it } from "vitest";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { exportArticle, exportCorrections, exportRangeSchema, exportReports, exportTmx, importXliff } from "@/lib/formats";
import { createReport } from "@/lib/reports";
import { importArticle } from "@/lib/import";
import { createTestUser } from "./factories";

/** Our own pair: several names, quotes, an ampersand, angle brackets, paragraphs and a line break inside one. */
function namesPair(marker = randomUUID().slice(0, 8)) {
  return {
    title: `Budget talks ${marker}`,
    source: [
      `Министр финансов Ерулан Жамаубаев встретился с Айгерим Сейтказиевой в Астане (${marker}). Они обсудили бюджет «на 2027 год» & налоги.`,
      "По словам Жамаубаева, дефицит <3%> — это «приемлемый уровень».\nСейтказиева не согласилась.",
      "Встреча с Нурланом Ногаевым продлилась два часа. Следующая пройдёт в Алматы.",
    ].join("\n\n"),
    target: [
      `Finance Minister Yerulan Zhamaubaev met Aigerim Seitkaziyeva in Astana (${marker}). They discussed the budget "for 2027" & taxes.`,
      "According to Zhamaubaeva, a deficit of <3%> is an 'acceptable level'.\nSeitkaziyeva disagreed.",
      "The meeting with Nurlan Nogayev lasted two hours. The next one will be in Almaty.",
    ].join("\n\n"),
  };
}

async function texts(articleId: string) {
  const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  const revision = await getDb().revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: article.currentRevision } } });
  return { source: article.sourceText, target: revision.text, sourceLang: article.sourceLang, targetLang: article.targetLang };
}

/** An imported pair with one approved correction (so the current translation is revision 2). */
async function correctedArticle() {
  const [reviewer, editor] = [await createTestUser("REVIEWER"), await createTestUser("EDITOR")];
  const pair = namesPair();
  const { id } = await importArticle(pair, { actorId: reviewer.id });
  const wrong = pair.target.indexOf("Zhamaubaeva");
  const correction = await createCorrection(reviewer, { articleId: id, baseRevision: 1, change: { kind: "edit", start: wrong, end: wrong + "Zhamaubaeva".length, text: "Zhamaubaev", flagIds: [], reportIds: [] }, category: "Locale convention/Name format", severity: "major", note: "a man's name" });
  expect(await approveCorrection(editor, { correctionId: correction.id })).toMatchObject({ status: "APPROVED", revision: 2 });
  return { id, reviewer, editor, pair, correctionId: correction.id };
}

describe("XLIFF round trip", () => {
  for (const format of ["xliff2", "xliff12"] as const) {
    it(`${format}: an exported article imported as a new article has the same two texts`, async () => {
      const { id, reviewer } = await correctedArticle();
      const before = await texts(id);
      expect(before.target).toContain("According to Zhamaubaev, a deficit of <3%>");
      const file = await exportArticle(id, format);
      expect(file).toMatchObject({ contentType: "application/xliff+xml; charset=utf-8" });
      expect(file!.body).toContain("Approved correction (Locale convention/Name format, major)");

      // A new pair (the import's hash is of the texts as imported, and this translation is revision 2).
      const imported = await importXliff(Buffer.from(file!.body, "utf8"), { publisher: "Round trip" }, { actorId: reviewer.id });
      expect(imported.id).not.toBe(id);
      expect(await texts(imported.id)).toEqual(before);
    });
  }

  it("a translator's edited target comes in as a new article beside the original", async () => {
    const { id, reviewer } = await correctedArticle();
    const file = (await exportArticle(id, "xliff2"))!;
    const edited = file.body.replace("The next one will be in Almaty.", "The next one will be held in Almaty &amp; Shymkent.");
    const imported = await importXliff(edited, { title: "Edited by a translator" }, { actorId: reviewer.id });
    const after = await texts(imported.id);
    expect(after.target).toBe((await texts(id)).target.replace("The next one will be in Almaty.", "The next one will be held in Almaty & Shymkent."));
    expect(after.source).toBe((await texts(id)).source);
    expect((await getDb().article.findUniqueOrThrow({ where: { id: imported.id } })).title).toBe("Edited by a translator");
  });

  it("goes through the import's duplicate check: an unchanged pair comes back as 409 with the existing article", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const { id, slug } = await importArticle(namesPair(), { actorId: reviewer.id });
    const file = (await exportArticle(id, "xliff12"))!;
    await expect(importXliff(file.body, {}, { actorId: reviewer.id })).rejects.toMatchObject({ status: 409, details: { id, slug } });
  });

  it("makes a lone surrogate (from JSON) U+FFFD like every import (lib/text); refuses one as a character reference (not XML)", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const marker = randomUUID().slice(0, 8);
    const file = (half: string) => `<xliff version="1.2"><file original="f" source-language="ru" target-language="en"><body><trans-unit id="u1"><source>Привет, Ерлан ${marker} ${half}!</source><target>Hello, Yerlan ${marker} ${half}!</target></trans-unit></body></file></xliff>`;
    const { id } = await importXliff(file("\uD83D"), {}, { actorId: reviewer.id });
    expect(await texts(id)).toMatchObject({ source: `Привет, Ерлан ${marker} \uFFFD!`, target: `Hello, Yerlan ${marker} \uFFFD!` });
    await expect(importXliff(file("&#xD83D;"), {}, { actorId: reviewer.id })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Invalid character entity") });
  });

  it("refuses an oversized, non-UTF-8 or broken file with a 4xx and stores nothing", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const count = await getDb().article.count();
    const refusal = (file: string | Uint8Array) => importXliff(file, {}, { actorId: reviewer.id }).then(() => null, (error: unknown) => (error instanceof UserError ? error.status : error));
    expect(await refusal("<xliff version=\"2.0\">" + "x".repeat(5 * 1024 * 1024))).toBe(413);
    expect(await refusal(new Uint8Array([0x3c, 0x78, 0xff, 0xfe]))).toBe(415);
    expect(await refusal("<xliff version=\"2.0\" srcLang=\"ru\" trgLang=\"en\"><file id=\"f\"><unit id=\"u\"><segment><source>а</source>")).toBe(422);
    expect(await getDb().article.count()).toBe(count);
  });
});

describe("text exports", () => {
  it("give the current revision's text", async () => {
    const { id } = await correctedArticle();
    const { target } = await texts(id);
    const txt = (await exportArticle(id, "txt"))!;
    expect(txt.body).toContain(target);
    expect(txt.filename).toMatch(/^budget-talks-.*\.txt$/);
    const html = (await exportArticle(id, "html"))!;
    expect(html.body).toContain("According to Zhamaubaev, a deficit of &lt;3%&gt; is an &#39;acceptable level&#39;.<br>\nSeitkaziyeva disagreed.");
    expect((await exportArticle(id, "md"))!.body).toContain("a deficit of \\<3%\\> is");
    expect(await exportArticle("no-such-article", "txt")).toBeNull();
  });
});

const ruEn = { sourceLang: "ru", targetLang: "en" };
const range = (query: Record<string, string>) => exportRangeSchema.parse(query);

describe("TMX of approved corrections", () => {
  it("per article: one unit per corrected sentence, the aligned original beside the approved English", async () => {
    const { id, correctionId } = await correctedArticle();
    const slug = (await getDb().article.findUniqueOrThrow({ where: { id } })).slug;
    const file = await exportTmx(range({ article: id }), ruEn);
    expect(file).toMatchObject({ contentType: "application/x-tmx+xml; charset=utf-8", nextPage: null, filename: `errata-corrections-ru-en-article-${id}.tmx` });
    const memory = await tmx2js(file.body);
    expect(memory.resources).toEqual({
      [slug]: {
        [`${correctionId}.1`]: {
          ru: "По словам Жамаубаева, дефицит <3%> — это «приемлемый уровень».",
          en: "According to Zhamaubaev, a deficit of <3%> is an 'acceptable level'.",
        },
      },
    });
  });

  it("for a date range: the corrections approved in it, none of another pair or of a pending correction", async () => {
    const first = await correctedArticle();
    const second = await correctedArticle();
    const pendingArticle = await importArticle(namesPair(), { actorId: first.reviewer.id });
    const pending = await createCorrection(first.reviewer, { articleId: pendingArticle.id, baseRevision: 1, change: { kind: "edit", start: 0, end: 7, text: "The Finance", flagIds: [], reportIds: [] } });
    const today = new Date().toISOString().slice(0, 10);
    const memory = await tmx2js((await exportTmx(range({ from: today, to: today }), ruEn)).body);
    const tuids = Object.values(memory.resources).flatMap((units) => Object.keys(units));
    expect(tuids).toEqual(expect.arrayContaining([`${first.correctionId}.1`, `${second.correctionId}.1`]));
    expect(tuids).not.toContain(`${pending.id}.1`);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await tmx2js((await exportTmx(range({ to: yesterday }), ruEn)).body)).resources).toEqual({});
    expect((await tmx2js((await exportTmx(range({ from: today }), { sourceLang: "kk", targetLang: "en" })).body)).resources).toEqual({});
  });

  it("refuses a malformed range with a ZodError (400 at the route)", () => {
    expect(() => range({ from: "yesterday" })).toThrow(/must be a date/);
    expect(() => range({ page: "0" })).toThrow();
  });
});

describe("CSV and JSON of reports and corrections", () => {
  it("read back as the stored rows, formulas defused", async () => {
    const { id, pair, correctionId } = await correctedArticle();
    const slug = (await getDb().article.findUniqueOrThrow({ where: { id } })).slug;
    const at = pair.target.indexOf("Nurlan Nogayev");
    await createReport(
      { article: slug, revision: 1, selection: "Nurlan Nogayev", start: at, end: at + 14, contextBefore: pair.target.slice(at - 30, at), contextAfter: pair.target.slice(at + 14, at + 40), suggestion: "Nurlan Nogaev", comment: '=HYPERLINK("http://evil.example"), "quoted", line\nbreak', email: "reader@example.org" },
      { clientHash: `client-${randomUUID()}`, crossOrigin: null },
    );
    const csv = await exportReports(range({ article: id }), "csv");
    expect(csv.contentType).toBe("text/csv; charset=utf-8; header=present");
    const [report] = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(report).toMatchObject({ article: slug, selection: "Nurlan Nogayev", suggestion: "Nurlan Nogaev", comment: `'=HYPERLINK("http://evil.example"), "quoted", line\nbreak`, readers: "1", status: "NEW" });
    expect(csv.body).not.toContain("reader@example.org");
    const json = JSON.parse((await exportReports(range({ article: id }), "json")).body);
    expect(json).toMatchObject({ page: 1, nextPage: null, items: [{ article: slug, comment: '=HYPERLINK("http://evil.example"), "quoted", line\nbreak' }] });

    const corrections = parse((await exportCorrections(range({ article: id }), "csv")).body, { bom: true, columns: true }) as Record<string, string>[];
    expect(corrections).toEqual([
      expect.objectContaining({
        id: correctionId, article: slug, status: "APPROVED", category: "Locale convention/Name format", severity: "major", note: "a man's name", baseRevision: "1", resultRevision: "2",
        source: "По словам Жамаубаева, дефицит <3%> — это «приемлемый уровень».",
        before: "According to Zhamaubaeva, a deficit of <3%> is an 'acceptable level'.",
        after: "According to Zhamaubaev, a deficit of <3%> is an 'acceptable level'.",
      }),
    ]);
    const stored = await getDb().correction.findUniqueOrThrow({ where: { id: correctionId } });
    expect(corrections[0].createdAt).toBe(stored.createdAt.toISOString());
    const asJson = JSON.parse((await exportCorrections(range({ article: id }), "json")).body);
    expect(asJson.items[0].sentences).toEqual([{ source: corrections[0].source, before: corrections[0].before, after: corrections[0].after }]);
  });
});
