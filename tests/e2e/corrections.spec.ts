import { expect, test } from "./fixtures";
import { currentText, importDemoCopy, pageFor, proposeEdit } from "./correction-helpers";
import { dragSelect, reportDialog } from "./report-helpers";

test("the whole loop: a reader reports a mangled name, a reviewer fixes all occurrences, an editor approves, the public page is corrected", async ({ page, browser, db, makeUser, signIn }) => {
  const reviewer = await makeUser("REVIEWER");
  await signIn(page, reviewer);
  const article = await importDemoCopy(page);

  // A reader (signed out, a browser of their own) reports the name with issue 4's dialog.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/articles/${article.slug}`);
  await dragSelect(reader, reader.locator("#article-body"), "Yerlana Akbarova");
  await reader.keyboard.press("Control+Enter");
  const dialog = reportDialog(reader);
  await dialog.getByLabel("Suggested correction").fill("Yerlan Akbarov");
  await dialog.getByLabel("Email (to hear when it's fixed)").fill("reader@example.org");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("status")).toContainText("Thank you");
  const report = await db.report.findFirstOrThrow({ where: { articleId: article.id } });

  await page.goto(`/review/articles/${article.id}`);
  const card = page.locator(`#report-${report.id}`);
  await card.getByRole("button", { name: "Fix all occurrences" }).click();
  const draft = card.getByRole("form", { name: /Fix all/ });
  await expect(draft.getByLabel("Replacement")).toHaveValue("Yerlan Akbarov");
  await expect(draft.getByTestId("sentence-change")).toHaveCount(2);
  await expect(draft.locator("ins.diff-insert").first()).toContainText("Yerlan Akbarov");
  await expect(draft.locator("del.diff-delete").first()).toContainText("Yerlana Akbarova");
  await draft.getByLabel("MQM category").selectOption("Locale convention/Name format");
  await draft.getByRole("button", { name: "Submit correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Correction submitted for approval (2 sentences)" })).toBeVisible();

  const editorPage = await pageFor(browser, await makeUser("EDITOR"), signIn);
  await editorPage.goto("/editor");
  const queued = editorPage.getByTestId("queue-article").filter({ hasText: article.title }).getByTestId("queued-correction");
  await expect(queued).toHaveCount(1);
  await expect(queued.locator("del.diff-delete").first()).toContainText("Yerlana Akbarova");
  await expect(queued.locator("ins.diff-insert").first()).toContainText("Yerlan Akbarov");
  await expect(queued).toContainText("Ерлана Акбарова");
  await expect(queued).toContainText(`Proposed by ${reviewer.email}`);
  await expect(queued.getByTestId("resolves-report")).toContainText("“Yerlana Akbarova” → “Yerlan Akbarov”");
  await queued.getByRole("button", { name: "Approve" }).click();
  await expect(queued.getByRole("status")).toContainText("Approved: the article is now at revision 2");

  await reader.goto(`/articles/${article.slug}`);
  const body = reader.locator("#article-body");
  await expect(body).not.toContainText("Yerlana Akbarova");
  await expect(body).toContainText("According to Vice Minister of Energy Yerlan Akbarov, scheduled repairs");
  await expect(body).toContainText("According to Yerlan Akbarov, gasoline prices");
  await expect(reader.getByTestId("corrected-note")).toContainText("Corrected on");
  await expect(reader.getByTestId("change-log-entry")).toHaveCount(1);
  expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("RESOLVED");
  expect(await db.outboxMessage.count({ where: { reportId: report.id, to: "reader@example.org" } })).toBe(1);
});

test("an editor rejects with a canned reason, and the reviewer sees it on the article", async ({ page, browser, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importDemoCopy(page);
  const correctionId = await proposeEdit(page, article.id, "Prime Minister of Kazakhstan", "Prime Minister of the Republic of Kazakhstan");

  const editorPage = await pageFor(browser, await makeUser("EDITOR"), signIn);
  await editorPage.goto("/editor");
  const queued = editorPage.locator(`[data-correction="${correctionId}"]`);
  await queued.getByRole("button", { name: "Reject" }).click();
  const form = queued.getByRole("form", { name: "Reject correction" });
  await form.getByRole("button", { name: "Reject correction" }).click();
  await expect(queued.getByRole("alert")).toContainText("Say why");
  await form.getByLabel("Reason").selectOption("The change alters the meaning of the original.");
  await form.getByRole("button", { name: "Reject correction" }).click();
  await expect(queued.getByRole("status")).toContainText("Rejected");

  await page.goto(`/review/articles/${article.id}`);
  const card = page.locator('[data-testid="correction"][data-status="REJECTED"]');
  await expect(card.getByTestId("decision-note")).toContainText("The change alters the meaning of the original.");
});

test("an editor requests changes; the reviewer revises and resubmits; the editor approves the revision", async ({ page, browser, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importDemoCopy(page);
  const correctionId = await proposeEdit(page, article.id, "gasoline prices will not rise", "petrol prices will not rise");

  const editorPage = await pageFor(browser, await makeUser("EDITOR"), signIn);
  await editorPage.goto("/editor");
  const queued = editorPage.locator(`[data-correction="${correctionId}"]`);
  await queued.getByRole("button", { name: "Request changes" }).click();
  await queued.getByLabel("What should change").fill("Keep “gasoline”: the publisher writes American English.");
  await queued.getByRole("button", { name: "Send back to reviewer" }).click();
  await expect(queued.getByRole("status")).toContainText("Sent back");

  await page.goto(`/review/articles/${article.id}`);
  const card = page.locator('[data-testid="correction"][data-status="CHANGES_REQUESTED"]');
  await expect(card.getByTestId("decision-note")).toContainText("Keep “gasoline”");
  await card.getByRole("button", { name: "Revise" }).click();
  const box = card.getByLabel("Corrected sentence");
  await expect(box).toHaveValue(/petrol prices will not rise/);
  await box.fill((await box.inputValue()).replace("petrol prices will not rise", "gasoline prices will not go up"));
  await card.getByRole("button", { name: "Submit correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "resubmitted" })).toBeVisible();

  await editorPage.goto("/editor");
  await expect(queued.locator("ins.diff-insert")).toContainText("go up");
  await queued.getByRole("button", { name: "Approve" }).click();
  await expect(queued.getByRole("status")).toContainText("revision 2");
  expect((await currentText(article.id)).text).toContain("gasoline prices will not go up until the end of the year");
});

test("an editor selects several corrections and approves them together", async ({ page, browser, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importDemoCopy(page);
  const ids = [
    await proposeEdit(page, article.id, "Pavlodarwhich", "Pavlodar, which"),
    await proposeEdit(page, article.id, "egov. kz", "egov.kz"),
  ];
  const editorPage = await pageFor(browser, await makeUser("EDITOR"), signIn);
  await editorPage.goto("/editor");
  for (const id of ids) await editorPage.locator(`[data-correction="${id}"]`).getByLabel("Select").check();
  await editorPage.getByRole("button", { name: "Approve selected" }).click();
  // A background job: its progress bar follows it to the end, then the queue is refreshed.
  const progress = editorPage.getByTestId("job-progress");
  await expect(progress).toContainText("Approve 2 corrections");
  await expect(progress.getByRole("status")).toHaveText("Finished: 2 of 2 done", { timeout: 30_000 });
  await expect(progress.getByRole("progressbar")).toHaveAttribute("value", "2");
  const { number, text } = await currentText(article.id);
  expect(number).toBe(3);
  expect(text).toContain("plant in Pavlodar, which supplies");
  expect(text).toContain("egov.kz");
  await expect(editorPage.locator(`[data-correction="${ids[0]}"]`)).toHaveCount(0);
});
