import { expect, test } from "./fixtures";
import { demoCopy, pageFor, proposeEdit } from "./correction-helpers";

test("a token made on /account/tokens: a program imports, lists, reads the current text and approves; revoked, it stops at once", async ({ page, browser, request, makeUser, signIn }) => {
  await signIn(page, await makeUser("EDITOR"));
  await page.goto("/account/tokens");
  await page.getByLabel("Name").fill("CMS sync");
  await page.getByLabel("import", { exact: true }).check();
  await page.getByLabel("review", { exact: true }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent()) ?? "";
  expect(token).toMatch(/^errata_[A-Za-z0-9_-]{43}$/);
  const auth = { Authorization: `Bearer ${token}` };

  // No cookie here: the token alone.
  const pair = demoCopy();
  const imported = await request.post("/api/articles", { headers: auth, data: pair });
  expect(imported.status()).toBe(201);
  const { id } = await imported.json();
  const listed = await (await request.get(`/api/articles?q=${encodeURIComponent(pair.title)}`, { headers: auth })).json();
  expect(listed.articles.map((article: { id: string }) => article.id)).toEqual([id]);

  // A reviewer proposes in the browser; the editor's token approves (it sends the reader mail after the answer).
  const reviewerPage = await pageFor(browser, await makeUser("REVIEWER"), signIn);
  const correction = await proposeEdit(reviewerPage, id, "According to Yerlana Akbarova", "According to Yerlan Akbarov");
  expect((await request.post(`/api/corrections/${correction}`, { headers: auth, data: { action: "approve" } })).status()).toBe(200);
  const article = await (await request.get(`/api/articles/${id}`, { headers: auth })).json();
  expect(article).toMatchObject({ id, currentRevision: 2 });
  expect(article.text).toContain("According to Yerlan Akbarov,");
  const first = await (await request.get(`/api/articles/${id}/revisions/1`, { headers: auth })).json();
  expect(first.text).toContain("According to Yerlana Akbarova,");

  await page.reload();
  const row = page.getByTestId("token-row").filter({ hasText: "CMS sync" });
  await expect(row).toContainText("read, import, review");
  await expect(row.getByRole("cell").nth(4)).not.toHaveText("never");
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  const refused = await request.get(`/api/articles/${id}`, { headers: auth });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).code).toBe("invalid_token");
});

test("a token request needs no same-origin; a session cookie request from another origin is refused (403)", async ({ page, request, makeUser, signIn }) => {
  const reviewer = await makeUser("REVIEWER");
  await signIn(page, reviewer);
  const { createApiToken } = await import("@/lib/api-tokens");
  const { token } = await createApiToken({ ...reviewer, name: null }, { name: "origin test", scopes: ["import"] });
  const foreign = { Origin: "https://evil.example" };
  const withCookie = await page.request.post("/api/articles", { headers: foreign, data: demoCopy() });
  expect(withCookie.status()).toBe(403);
  expect((await withCookie.json()).code).toBe("forbidden");
  expect((await request.post("/api/articles", { headers: { ...foreign, Authorization: `Bearer ${token}` }, data: demoCopy() })).status()).toBe(201);
  // The read scope is missing: the role would allow a list, the token does not.
  expect((await request.get("/api/articles", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(403);
});

test("the OpenAPI document and the docs page are served, the page with no scripts", async ({ request }) => {
  const document = await (await request.get("/api/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/articles", "/api/articles/{id}", "/api/articles/{id}/revisions/{number}", "/api/corrections/{id}"]));
  const docs = await request.get("/api/docs");
  expect(docs.headers()["content-type"]).toMatch(/^text\/html/);
  expect(docs.headers()["content-security-policy"]).toContain("default-src 'none'");
  const html = await docs.text();
  expect(html).toContain("<code>/api/articles/{id}/revisions/{number}</code>");
  expect(html).not.toContain("<script");
});
