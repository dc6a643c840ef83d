import { expect, test } from "./fixtures";
import { dragSelect, importReportable, reportDialog, selectText } from "./report-helpers";

test("a reader selects a mistake with the mouse, presses Ctrl+Enter and sends a report; a reviewer finds it at its place", async ({ page, db, makeUser, signIn }) => {
  const reviewer = await makeUser("REVIEWER");
  await signIn(page, reviewer);
  const article = await importReportable(page);

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText("Select text and press Ctrl+Enter")).toBeVisible();
  await dragSelect(page, page.locator("#article-body"), "Askara Umarova");
  await page.keyboard.press("Control+Enter");

  const dialog = reportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("report-context").locator("mark")).toHaveText("Askara Umarova");
  await expect(dialog.getByTestId("report-context")).toContainText("Energy Minister Askara Umarova arrived in Astana");
  const suggestion = dialog.getByLabel("Suggested correction");
  await expect(suggestion).toBeFocused();
  await expect(suggestion).toHaveValue("Askara Umarova");
  await dialog.getByRole("button", { name: "Show original" }).click();
  await expect(dialog.getByTestId("report-original")).toContainText("Министр энергетики Аскар Умаров прибыл в Астану");
  await suggestion.fill("Askar Umarov");
  await dialog.getByLabel("Comment").fill("The name is in the genitive.");
  await dialog.getByLabel("Email (to hear when it's fixed)").fill("reader@example.org");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("status")).toContainText("Thank you", { timeout: 1000 });
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  const report = await db.report.findFirstOrThrow({ where: { articleId: article.id } });
  expect(report).toMatchObject({ selection: "Askara Umarova", suggestion: "Askar Umarov", comment: "The name is in the genitive.", email: "reader@example.org", revision: 1 });
  expect(article.target.slice(report.start, report.end)).toBe("Askara Umarova");

  await page.goto(`/review/articles/${article.id}`);
  const mark = page.locator(`[data-marks~="${report.id}"]`);
  await expect(mark).toHaveText("Askara Umarova");
  await expect(mark).toHaveAttribute("href", `#report-${report.id}`);
  // The right place: the row that pairs the sentence with its original.
  const row = page.getByTestId("aligned-row").filter({ has: mark });
  await expect(row).toContainText("Министр энергетики Аскар Умаров прибыл в Астану");
  const card = page.locator(`#report-${report.id}`);
  await expect(card.getByTestId("report-suggestion")).toHaveText("Askar Umarov");
  await expect(card).toContainText("1 waiting to hear when it is fixed");
  await expect(page.getByRole("heading", { name: /^Flags/ })).toBeVisible();

  await card.getByRole("button", { name: "Accept" }).click();
  await expect(card.getByRole("status")).toContainText("Marked accepted");
  await page.goto("/review/reports?status=ACCEPTED");
  await expect(page.locator(`#report-${report.id}`)).toContainText(article.title);
});

test("keyboard only: Ctrl+Enter opens the dialog, Tab stays inside it, Enter sends, Esc closes and returns focus", async ({ page, db, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importReportable(page);
  await page.goto(`/articles/${article.slug}`);

  // Without a selection, the dialog asks for the passage.
  await page.locator("body").press("Control+Enter");
  const dialog = reportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Text with the mistake")).toBeFocused();
  await page.keyboard.type("Kazakhstanthat");
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Suggested correction")).toBeFocused();
  await page.keyboard.type("Kazakhstan that");
  const order = ["Comment", "Email (to hear when it's fixed)"];
  for (const label of order) {
    await page.keyboard.press("Tab");
    await expect(dialog.getByLabel(label)).toBeFocused();
  }
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Send report" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Text with the mistake")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("status")).toContainText("Thank you", { timeout: 1000 });
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const report = await db.report.findFirstOrThrow({ where: { articleId: article.id } });
  expect(report).toMatchObject({ selection: "Kazakhstanthat", suggestion: "Kazakhstan that" });
  expect(article.target.slice(report.start, report.end)).toBe("Kazakhstanthat");

  // Opened from the button under the article, Esc puts the focus back on that button.
  const button = page.getByRole("button", { name: "describe the mistake in a form" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a selection brings up a Report a mistake button that opens the dialog", async ({ page, db, makeUser, signIn }) => {
    await signIn(page, await makeUser("REVIEWER"));
    const article = await importReportable(page);
    await page.goto(`/articles/${article.slug}`);
    const offer = page.getByRole("button", { name: "Report a mistake", exact: true });
    await expect(offer).toHaveCount(0);
    await selectText(page.locator("#article-body"), "Kazakhstanthat");
    await expect(offer).toBeVisible();
    const box = (await offer.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await offer.tap();

    const dialog = reportDialog(page);
    await expect(dialog.getByTestId("report-context").locator("mark")).toHaveText("Kazakhstanthat");
    const dialogBox = (await dialog.boundingBox())!;
    expect(dialogBox.width).toBeLessThanOrEqual(390);
    await dialog.getByLabel("Suggested correction").fill("Kazakhstan that");
    await dialog.getByRole("button", { name: "Send report" }).tap();
    await expect(dialog.getByRole("status")).toContainText("Thank you", { timeout: 1000 });
    expect(await db.report.count({ where: { articleId: article.id, selection: "Kazakhstanthat" } })).toBe(1);
  });
});

test("too many reports from one reader: 429 with Retry-After and a message the reader sees, whatever X-Forwarded-For says", async ({ page, db, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importReportable(page, { reportLimits: "2/10m" });
  await page.goto(`/articles/${article.slug}`);
  // The same reader posts three reports from the page, claiming another address each time.
  const post = (selection: string, address: string) =>
    page.evaluate(async ({ slug, selection, address }) => {
      const response = await fetch("/api/reports", { method: "POST", headers: { "Content-Type": "application/json", "X-Forwarded-For": address }, body: JSON.stringify({ article: slug, selection }) });
      return { status: response.status, retryAfter: response.headers.get("Retry-After"), body: await response.json() };
    }, { slug: article.slug, selection, address });
  expect((await post("Askara Umarova", "203.0.113.1")).status).toBe(201);
  expect((await post("journalists", "203.0.113.2")).status).toBe(201);
  const refused = await post("Monday", "203.0.113.3");
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThan(590);
  expect(refused.body.error).toMatch(/Please wait 10 minutes/);

  await selectText(page.locator("#article-body"), "Kazakhstanthat");
  await page.keyboard.press("Control+Enter");
  const dialog = reportDialog(page);
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/You have sent several reports in a short time\. Please wait 10 minutes/);
  expect(await db.report.count({ where: { articleId: article.id } })).toBe(2);
});

test("a script tag in a comment or a suggestion is stored as text and shown inert", async ({ page, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importReportable(page);
  const payload = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
  await page.goto(`/articles/${article.slug}`);
  await selectText(page.locator("#article-body"), "journalists");
  await page.keyboard.press("Control+Enter");
  const dialog = reportDialog(page);
  await dialog.getByLabel("Suggested correction").fill(`reporters ${payload}`);
  await dialog.getByLabel("Comment").fill(payload);
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("status")).toContainText("Thank you");

  for (const path of ["/review/reports", `/review/articles/${article.id}`]) {
    await page.goto(path);
    const card = page.getByTestId("report").filter({ hasText: "journalists" }).filter({ hasText: "__pwned" }).first();
    await expect(card.getByTestId("report-comment")).toHaveText(payload);
    await expect(card.getByTestId("report-suggestion")).toHaveText(`reporters ${payload}`);
    await expect(card.locator("script, img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  }
});

test("a selection that no longer matches the article is refused with 409 and its message", async ({ page, db, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importReportable(page);
  await page.goto(`/articles/${article.slug}`);
  // While the reader has the page open, a correction fixes the glued word (a new revision).
  await db.revision.create({ data: { articleId: article.id, number: 2, text: article.target.replace("Kazakhstanthat", "Kazakhstan that"), origin: "correction" } });
  await db.article.update({ where: { id: article.id }, data: { currentRevision: 2 } });

  await selectText(page.locator("#article-body"), "Kazakhstanthat");
  await page.keyboard.press("Control+Enter");
  const dialog = reportDialog(page);
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(/no longer in the article: it may have been corrected already\. Reload the page/);
  expect(await db.report.count({ where: { articleId: article.id } })).toBe(0);

  // A selection elsewhere on the stale page still lands at its place in the new revision.
  await page.keyboard.press("Escape");
  await selectText(page.locator("#article-body"), "journalists");
  await page.keyboard.press("Control+Enter");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("status")).toContainText("Thank you");
  const report = await db.report.findFirstOrThrow({ where: { articleId: article.id } });
  expect(report.revision).toBe(2);
  expect(article.target.replace("Kazakhstanthat", "Kazakhstan that").slice(report.start, report.end)).toBe("journalists");
});

test("the inbox triages a report from the keyboard, and without JavaScript through the same form", async ({ page, browser, db, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importReportable(page);
  const report = async (selection: string) => {
    const response = await page.request.post("/api/reports", { data: { article: article.slug, selection } });
    expect(response.status()).toBe(201);
    return (await response.json()) as { id: string };
  };
  const first = await report("Askara Umarova");
  const second = await report("Kazakhstanthat");

  await page.goto(`/review/reports?article=${article.id}`);
  await expect(page.getByTestId("report")).toHaveCount(2);
  await page.locator(`#report-${first.id}`).getByRole("button", { name: "Reject" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(`#report-${first.id}`)).toBeHidden();
  await expect(page.getByTestId("count-REJECTED")).toHaveText("1");
  expect((await db.report.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("REJECTED");
  await expect(page.locator(`#report-${second.id}`)).toBeVisible();

  // The same buttons post the page's one form when scripts are off.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(`${new URL(page.url()).origin}/review/reports?article=${article.id}`);
  await plain.locator(`#report-${second.id}`).getByRole("button", { name: "Spam" }).click();
  await expect(plain.getByTestId("count-SPAM")).toHaveText("1");
  expect((await db.report.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("SPAM");
  await noScript.close();
});
