import { expect, test } from "./fixtures";
import { currentText, importDemoCopy, pageFor, proposeEdit } from "./correction-helpers";
import { E2E_PORT } from "./environment";
import { dragSelect, reportDialog } from "./report-helpers";

// Another port of the same host: the same site, so the browser sends Errata's SameSite=Lax cookies along.
const SIBLING = `http://localhost:${E2E_PORT + 1}`;

test("a page on a sibling origin can neither approve a correction nor import an article (CSRF)", async ({ page, browser, makeUser, signIn, db }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importDemoCopy(page);
  const correction = await proposeEdit(page, article.id, "held a government meeting", "chaired a government meeting");
  const editor = await makeUser("EDITOR");
  const editorPage = await pageFor(browser, editor, signIn);
  const app = new URL(editorPage.url()).origin;
  const attack = `<!doctype html><body>
    <form id="f" method="POST" enctype="text/plain" action="${app}/api/articles"><input name='{"title":"forged","source":"Привет","target":"Hello","x":"' value='"}'></form>
    <script>
      fetch("${app}/api/corrections/${correction}", { method: "POST", mode: "no-cors", credentials: "include", headers: { "Content-Type": "text/plain" }, body: JSON.stringify({ action: "approve" }) })
        .finally(() => { document.title = "sent"; });
    </script></body>`;
  await editorPage.context().route(`${SIBLING}/**`, (route) => route.fulfill({ contentType: "text/html", body: attack }));
  await editorPage.goto(`${SIBLING}/attack`);
  await expect(editorPage).toHaveTitle("sent");
  const [formAnswer] = await Promise.all([editorPage.waitForResponse(`${app}/api/articles`), editorPage.locator("#f").evaluate((form: HTMLFormElement) => form.submit())]);
  expect(formAnswer.status()).toBe(403);

  expect((await db.correction.findUniqueOrThrow({ where: { id: correction } })).status).toBe("PENDING");
  expect((await currentText(article.id)).number).toBe(1);
  expect(await db.article.count({ where: { importedById: editor.id } })).toBe(0);
  // The same requests from Errata's own page, as JSON, still work.
  expect((await editorPage.request.post(`${app}/api/corrections/${correction}`, { data: { action: "approve" }, headers: { Origin: app } })).status()).toBe(200);
});

test("the JSON API refuses another origin (403) and a body that is not JSON (415)", async ({ page, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const app = new URL(page.url()).origin;
  const post = (headers: Record<string, string>) => page.request.post("/api/corrections", { headers, data: "{}" }).then((r) => r.status());
  expect(await post({ "Content-Type": "application/json", Origin: "https://evil.example" })).toBe(403);
  expect(await post({ "Content-Type": "application/json", Origin: app, "Sec-Fetch-Site": "same-site" })).toBe(403);
  expect(await post({ "Content-Type": "text/plain", Origin: app })).toBe(415);
  expect(await post({ "Content-Type": "application/json", Origin: app })).toBe(400);
});

test("a broken %-escape is a 400 (JSON for the API, a page otherwise) and a foreign server action a 403", async ({ request }) => {
  const api = await request.get("/api/articles/%ZZ/flags");
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ code: "bad_address", message: expect.stringMatching(/not valid/), error: expect.stringMatching(/not valid/) });
  const page = await request.get("/articles/%E0%A4%A");
  expect(page.status()).toBe(400);
  expect(page.headers()["content-type"]).toMatch(/^text\/html/);
  expect(await page.text()).toContain("not valid");

  const action = await request.post("/review/import", {
    headers: { "Next-Action": "7f0000000000000000000000000000000000000000", Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(action.status()).toBe(403);
});

test("every page has a Content-Security-Policy with a new nonce; sign-in, the review workspace and an article page run under it", async ({ page, makeUser, signIn }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const nonceOf = (response: Awaited<ReturnType<typeof page.goto>>) => /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
  const first = nonceOf(await page.goto("/login"));
  const second = nonceOf(await page.goto("/login"));
  expect(first).toBeTruthy();
  expect(second).not.toBe(first);
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([second]));
  // Injected markup cannot run code: an inline handler has no nonce.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", `<img src="/no-such-image.png" onerror="window.injected = true">`);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => "injected" in window)).toBe(false);
  violations.length = 0;

  // next-auth's sign-in form, the review workspace and the reader's report dialog all need their scripts.
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importDemoCopy(page);
  await page.goto(`/review/articles/${article.id}`);
  await expect(page.getByRole("heading", { name: article.title })).toBeVisible();
  await page.goto(`/articles/${article.slug}`);
  await dragSelect(page, page.locator("#article-body"), "Yerlana Akbarova");
  await page.keyboard.press("Control+Enter");
  await expect(reportDialog(page).getByLabel("Suggested correction")).toBeVisible();
  expect(violations).toEqual([]);
});

test("after signing out, a saved copy of the session cookie no longer opens /review", async ({ page, browser, makeUser, signIn }) => {
  await signIn(page, await makeUser("EDITOR"));
  const saved = await page.context().cookies();
  expect(saved.some((cookie) => cookie.name.includes("session-token"))).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(saved);
  const stolen = await thief.newPage();
  await stolen.goto("/review");
  await expect(stolen).toHaveURL(/\/login/);
  expect((await stolen.request.post("/api/corrections", { data: {} })).status()).toBe(401);
  await thief.close();
});
