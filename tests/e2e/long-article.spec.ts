import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { reportDialog, selectText } from "./report-helpers";

// A 20,000-word article: the pages carry each text once (the server renders only the first ~5,000 words; the
// browser renders the rest from the text the page carries), and the last part still reaches the DOM, for
// find-in-page, keyboard focus and reporting. Bytes are measured on the real responses.
const SENTENCES = 1_800;
const ru = (i: number) => `Предложение номер ${i} рассказывает о городе Астане и его жителях.`;
const en = (i: number) => `Sentence number ${i} tells the story of the city of Astana and its people.`;
const paragraphs = (sentence: (i: number) => string) =>
  Array.from({ length: SENTENCES / 6 }, (_, p) => Array.from({ length: 6 }, (_, k) => sentence(p * 6 + k + 1)).join(" ")).join("\n\n");

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

test("a long article's workspace and public page send each text once, bounded, and render all of it", async ({ page, db, makeUser, signIn }) => {
  test.setTimeout(180_000);
  const reviewer = await makeUser("REVIEWER");
  const [source, target] = [paragraphs(ru), paragraphs(en)];
  const id = `long-${randomUUID().slice(0, 8)}`;
  await db.article.create({
    data: {
      id, slug: id, title: `A long article ${id}`, sourceText: source, contentHash: id, importedById: reviewer.id,
      revisions: { create: { number: 1, text: target, origin: "import", authorId: reviewer.id } },
    },
  });
  const [sourceBytes, targetBytes] = [Buffer.byteLength(source), Buffer.byteLength(target)];
  const last = en(SENTENCES);

  // The public page: the translation once (a sentence past the server-rendered part appears exactly once), no
  // original, and not much more than the text in all.
  const publicPage = await page.request.get(`/articles/${id}`);
  expect(publicPage.status()).toBe(200);
  const publicHtml = await publicPage.text();
  const publicBytes = (await publicPage.body()).byteLength;
  expect(occurrences(publicHtml, last)).toBe(1);
  expect(publicHtml).not.toContain(ru(SENTENCES));
  expect(publicBytes).toBeLessThan(2 * targetBytes);

  await signIn(page, reviewer);
  const workspace = await page.request.get(`/review/articles/${id}`);
  expect(workspace.status()).toBe(200);
  const workspaceHtml = await workspace.text();
  const workspaceBytes = (await workspace.body()).byteLength;
  expect(occurrences(workspaceHtml, last)).toBe(1);
  expect(occurrences(workspaceHtml, ru(SENTENCES))).toBe(1);
  expect(workspaceBytes).toBeLessThan(2 * (sourceBytes + targetBytes));
  console.log(`${SENTENCES} sentences: public page ${publicBytes} bytes for a ${targetBytes}-byte translation; workspace ${workspaceBytes} bytes for ${sourceBytes + targetBytes} bytes of text`);

  // In the browser every chunk arrives: the last row is in the DOM, its sentences take keyboard focus.
  await page.goto(`/review/articles/${id}`);
  await expect(page.getByRole("table", { name: "Original and translation, aligned" })).toHaveAttribute("aria-busy", "false", { timeout: 30_000 });
  const lastRow = page.getByTestId("aligned-row").filter({ hasText: last });
  await expect(lastRow).toContainText(ru(SENTENCES));
  const lastSentence = lastRow.locator("[data-sentence^=target-]");
  await lastSentence.focus();
  await expect(lastSentence).toBeFocused();

  // The public page too; a reader reports in its last paragraph and "Show original" loads that passage.
  await page.goto(`/articles/${id}`);
  await expect(page.locator("#article-body")).toHaveAttribute("aria-busy", "false", { timeout: 30_000 });
  await expect(page.locator("#article-body p").last()).toContainText(last);
  await selectText(page.locator("#article-body"), `number ${SENTENCES - 1} tells`);
  await page.keyboard.press("Control+Enter");
  const dialog = reportDialog(page);
  await dialog.getByRole("button", { name: "Show original" }).click();
  await expect(dialog.getByTestId("report-original")).toHaveText(ru(SENTENCES - 1));
});
