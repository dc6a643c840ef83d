import type { Server } from "node:http";
import { serveHostPage } from "@/widget/demo/serve";
import { e2eEnvironment } from "./environment";
import { expect, test } from "./fixtures";
import { importReportable, reportDialog, selectText } from "./report-helpers";

// The publisher's site: the demo host page with the test's article, on two other origins (other ports).
const ALLOWED_PORT = 3198;
const OTHER_PORT = 3199;
const servers: Server[] = [];
test.afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function publisherSite(port: number, article: { targetUrl: string; title: string; target: string }) {
  const paragraphs = article.target.split("\n\n");
  servers.push(await serveHostPage(port, { errata: e2eEnvironment().baseURL, article: article.targetUrl, content: { title: article.title, paragraphs } }));
  return `http://127.0.0.1:${port}/`;
}

test("the widget on a publisher's page from another origin: its own styles, the same dialog, the report stored at its place", async ({ page, db, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importReportable(page, { allowedOrigins: `http://127.0.0.1:${ALLOWED_PORT}` });
  await page.goto(await publisherSite(ALLOWED_PORT, article));
  await expect(page.locator("errata-report")).toBeAttached();

  await selectText(page.locator("article"), "Askara Umarova");
  await page.keyboard.press("Control+Enter");
  const dialog = reportDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("mark")).toHaveText("Askara Umarova");
  // The host page's `button { font: 30px "Comic Sans MS" !important }` and `dialog { display: none !important }` do not reach it.
  const send = dialog.getByRole("button", { name: "Send report" });
  expect(await send.evaluate((b) => getComputedStyle(b).fontFamily)).not.toContain("Comic Sans");
  // ...and the widget does not restyle the host page.
  expect(await page.locator("article p").first().evaluate((p) => getComputedStyle(p).fontFamily)).toContain("Georgia");

  await dialog.getByRole("button", { name: "Show original" }).click();
  await expect(dialog.locator("blockquote")).toContainText("Министр энергетики Аскар Умаров прибыл в Астану");
  await dialog.getByLabel("Suggested correction").fill("Askar Umarov");
  await dialog.getByLabel("Email (to hear when it's fixed)").fill("widget-reader@example.org");
  await send.click();
  await expect(dialog.getByRole("status")).toContainText("Thank you", { timeout: 1000 });
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  const report = await db.report.findFirstOrThrow({ where: { articleId: article.id } });
  expect(report).toMatchObject({ selection: "Askara Umarova", suggestion: "Askar Umarov", email: "widget-reader@example.org" });
  expect(article.target.slice(report.start, report.end)).toBe("Askara Umarova");

  // The keyboard works the same: Tab stays in the dialog, Esc closes it.
  await selectText(page.locator("article"), "Kazakhstanthat");
  await page.keyboard.press("Control+Enter");
  await expect(dialog.getByLabel("Suggested correction")).toBeFocused();
  for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("ERRATA-REPORT");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("the widget on a site its publisher has not allowed cannot send reports", async ({ page, db, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importReportable(page, { allowedOrigins: `http://127.0.0.1:${ALLOWED_PORT}` });
  await page.goto(await publisherSite(OTHER_PORT, article));
  await selectText(page.locator("article"), "Kazakhstanthat");
  await page.keyboard.press("Control+Enter");
  const dialog = reportDialog(page);
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByRole("alert")).toContainText(`this site (http://127.0.0.1:${OTHER_PORT}) is not allowed to send reports`);
  expect(await db.report.count({ where: { articleId: article.id } })).toBe(0);
});
