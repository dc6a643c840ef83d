import { expect, test } from "./fixtures";
import { currentText, importDemoCopy, pageFor, proposeEdit } from "./correction-helpers";

test("a correction whose words changed since goes to conflict with a clear message, and the reviewer sees it", async ({ page, browser, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importDemoCopy(page);
  const first = await proposeEdit(page, article.id, "petrochemical plant in Pavlodarwhich", "petrochemical plant in Pavlodar, which");
  const second = await proposeEdit(page, article.id, "plant in Pavlodarwhich supplies", "refinery in Pavlodar that supplies");

  const editorPage = await pageFor(browser, await makeUser("EDITOR"), signIn);
  await editorPage.goto("/editor");
  await editorPage.locator(`[data-correction="${first}"]`).getByRole("button", { name: "Approve" }).click();
  await expect(editorPage.locator(`[data-correction="${first}"]`).getByRole("status")).toContainText("revision 2");
  await editorPage.locator(`[data-correction="${second}"]`).getByRole("button", { name: "Approve" }).click();
  await expect(editorPage.locator(`[data-correction="${second}"]`).getByRole("alert")).toContainText("Not applied — The article changed since this correction was made");

  expect((await currentText(article.id)).number).toBe(2);
  await page.goto(`/review/articles/${article.id}`);
  const card = page.locator('[data-testid="correction"][data-status="CONFLICT"]');
  await expect(card.getByTestId("decision-note")).toContainText("Redo the correction on the current text");
});

test("a correction still applies after other text moved; history shows both; revert makes a new revision", async ({ page, browser, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importDemoCopy(page);
  const original = (await currentText(article.id)).text;
  const late = await proposeEdit(page, article.id, "until the end of the year (", "before the year is out (");
  const early = await proposeEdit(page, article.id, "held a government meeting", "chaired a long government meeting");
  const editorPage = await pageFor(browser, await makeUser("EDITOR"), signIn);
  for (const id of [early, late]) {
    const response = await editorPage.request.post(`/api/corrections/${id}`, { data: { action: "approve" } });
    expect(response.status()).toBe(200);
  }
  const corrected = await currentText(article.id);
  expect(corrected).toMatchObject({ number: 3 });
  expect(corrected.text).toContain("chaired a long government meeting");
  expect(corrected.text).toContain("will not rise before the year is out");

  await editorPage.goto(`/review/articles/${article.id}/history`);
  await expect(editorPage.getByTestId("revision-row")).toHaveCount(3);
  await editorPage.getByRole("link", { name: "Changes from 2" }).click();
  const diff = editorPage.getByTestId("revision-diff");
  await expect(diff.locator("del.diff-delete").first()).toContainText("until");
  await expect(diff.locator("ins.diff-insert").first()).toContainText("before");
  await expect(diff).toContainText("unchanged characters");
  await editorPage.getByLabel("From").selectOption("1");
  await editorPage.getByLabel("to").selectOption("3");
  await editorPage.getByRole("button", { name: "Compare" }).click();
  await expect(diff.locator("ins.diff-insert").filter({ hasText: "chaired" })).toHaveCount(1);
  await expect(diff.locator("ins.diff-insert").filter({ hasText: "before" })).toHaveCount(1);

  editorPage.once("dialog", (dialog) => dialog.accept());
  await editorPage.getByTestId("revision-row").filter({ hasText: "Imported" }).getByRole("button", { name: "Revert to this revision" }).click();
  await expect(editorPage.getByRole("status").filter({ hasText: "revision 4 has the text of revision 1" })).toBeVisible();
  const reverted = await currentText(article.id);
  expect(reverted.number).toBe(4);
  expect(reverted.text).toBe(original);

  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator("#article-body")).toContainText("held a government meeting");
  await expect(page.getByTestId("change-log-entry").first()).toContainText("restored");
});

test("an editor cannot approve their own correction until an admin allows it", async ({ page, browser, makeUser, signIn }) => {
  const editor = await makeUser("EDITOR");
  await signIn(page, editor);
  const article = await importDemoCopy(page);
  const own = await proposeEdit(page, article.id, "liquefied gas in the country", "liquefied petroleum gas in the country");
  await page.goto("/editor");
  const queued = page.locator(`[data-correction="${own}"]`);
  await expect(queued.getByRole("button", { name: "Approve" })).toBeDisabled();
  await expect(queued).toContainText("another editor has to approve it");
  const refused = await page.request.post(`/api/corrections/${own}`, { data: { action: "approve" } });
  expect(refused.status()).toBe(403);

  const adminPage = await pageFor(browser, await makeUser("ADMIN"), signIn);
  await adminPage.goto("/admin");
  const setting = adminPage.getByRole("form", { name: "Self-approval" });
  await setting.getByLabel(/approve corrections they proposed/).check();
  await setting.getByRole("button", { name: "Save" }).click();
  await expect(setting.getByRole("status")).toContainText("may now approve");
  try {
    const allowed = await page.request.post(`/api/corrections/${own}`, { data: { action: "approve" } });
    expect(allowed.status()).toBe(200);
    await adminPage.goto("/admin/audit");
    await expect(adminPage.locator('[data-action="setting.changed"]').first()).toContainText('{"value":false} → {"value":true}');
  } finally {
    await adminPage.goto("/admin");
    await setting.getByLabel(/approve corrections they proposed/).uncheck();
    await setting.getByRole("button", { name: "Save" }).click();
    await expect(setting.getByRole("status")).toContainText("no longer");
  }
});

test("role matrix over HTTP and pages: 401 signed out, 403 without the role", async ({ page, browser, request, makeUser, signIn }) => {
  const reviewer = await makeUser("REVIEWER");
  await signIn(page, reviewer);
  const article = await importDemoCopy(page);
  const correction = await proposeEdit(page, article.id, "held a government meeting", "chaired a government meeting");

  expect((await request.post("/api/corrections", { data: {} })).status()).toBe(401);
  expect((await request.post(`/api/corrections/${correction}`, { data: { action: "approve" } })).status()).toBe(401);
  expect((await request.post(`/api/articles/${article.id}/revisions`, { data: { revertTo: 1, expectedCurrent: 1 } })).status()).toBe(401);

  for (const action of [{ action: "approve" }, { action: "reject", reason: "No." }, { action: "request-changes", comment: "Why?" }]) {
    expect((await page.request.post(`/api/corrections/${correction}`, { data: action })).status(), action.action).toBe(403);
  }
  expect((await page.request.post(`/api/articles/${article.id}/revisions`, { data: { revertTo: 1, expectedCurrent: 1 } })).status()).toBe(403);
  for (const path of ["/editor", "/admin", "/admin/audit"]) expect((await page.goto(path))?.status(), path).toBe(403);
  await page.goto(`/review/articles/${article.id}/history`);
  await expect(page.getByTestId("revision-row")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Revert to this revision" })).toHaveCount(0);

  const editorPage = await pageFor(browser, await makeUser("EDITOR"), signIn);
  expect((await editorPage.request.post(`/api/corrections/${correction}`, { data: { action: "withdraw" } })).status()).toBe(403);
  for (const path of ["/admin", "/admin/audit"]) expect((await editorPage.goto(path))?.status(), path).toBe(403);
  expect((await editorPage.goto("/editor"))?.status()).toBe(200);
  expect((await page.request.post(`/api/corrections/${correction}`, { data: { action: "withdraw" } })).status()).toBe(200);
});
