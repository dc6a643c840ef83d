import fs from "node:fs";
import { expect, test } from "./fixtures";

const fixture = (name: string) => fs.readFileSync(`tests/fixtures/${name}`, "utf8");

test("a reviewer signs in, and a wrong password is refused", async ({ page, makeUser, signIn }) => {
  const reviewer = await makeUser("REVIEWER");
  await page.goto("/login");
  await page.getByLabel("Email").fill(reviewer.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  await signIn(page, reviewer);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(reviewer.email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
});

test("password guessing on one account is stopped after ten attempts", async ({ page, makeUser }) => {
  const target = await makeUser("EDITOR");
  await page.goto("/login");
  await page.getByLabel("Email").fill(target.email);
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("Password").fill(`guess-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
  }
  await page.getByLabel("Password").fill(target.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in attempts" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("role guards: signed out → /login, a reviewer gets 403 on /editor and /admin, the API says 401", async ({ page, request, makeUser, signIn }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login/);
  const response = await request.post("/api/articles", { data: { title: "x", source: "Привет", target: "Hello" } });
  expect(response.status()).toBe(401);
  expect((await request.get("/api/articles")).status()).toBe(401);

  await signIn(page, await makeUser("REVIEWER"));
  const list = await page.request.get("/api/articles?pair=ru-en&page=1");
  expect(list.status()).toBe(200);
  expect(await list.json()).toMatchObject({ page: 1, articles: expect.any(Array) });
  for (const path of ["/editor", "/admin"]) {
    const forbidden = await page.goto(path);
    expect(forbidden?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
  }
});

test("sign-in never leads to another site, and staff pages refuse to be framed", async ({ page, makeUser }) => {
  const login = await page.goto("/login?callbackUrl=%2F.%2F%2Fevil.example%2Fphish");
  expect(login?.headers()["x-frame-options"]).toBe("DENY");
  expect(login?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const reviewer = await makeUser("REVIEWER");
  await page.getByLabel("Email").fill(reviewer.email);
  await page.getByLabel("Password").fill(reviewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/review$/);
  expect(new URL(page.url()).host).toBe(new URL(login!.url()).host);
});

test("import through the form shows the aligned pair with a 1-2 split and an omission", async ({ page, makeUser, signIn, db }) => {
  await signIn(page, await makeUser("REVIEWER"));
  await page.goto("/review/import");
  await page.getByLabel("Title").fill(`Bridge reopened ${Date.now()}`);
  await page.getByLabel("Original", { exact: true }).fill(fixture("split-omission.ru.txt"));
  await page.getByLabel("Translation", { exact: true }).fill(fixture("split-omission.en.txt"));
  await page.getByLabel("MT engine").fill("Test MT");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/review\/articles\//);

  const split = page.getByTestId("aligned-row").filter({ hasText: "Длина моста составляет 140 метров" });
  await expect(split.locator("[data-sentence^=source-]")).toHaveCount(1);
  await expect(split.locator("[data-sentence^=target-]")).toHaveCount(2);
  await expect(split).toContainText("Therefore, the permitted speed on it was raised to 60 km/h.");

  const omission = page.getByTestId("aligned-row").filter({ hasText: "Жители соседних домов много лет жаловались" });
  await expect(omission.getByTestId("omission")).toBeVisible();
  await expect(omission.locator("[data-sentence^=target-]")).toHaveCount(0);

  const id = page.url().split("/").at(-1)!;
  const stored = await db.article.findUniqueOrThrow({ where: { id } });
  expect(stored.engine).toBe("Test MT");
});

test("a bad import is refused with a message and leaves nothing behind", async ({ page, makeUser, signIn, db }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const before = await db.article.count();
  await page.goto("/review/import");
  await page.getByLabel("Original", { exact: true }).fill(fixture("bad/no-cyrillic.ru.txt"));
  await page.getByLabel("Translation", { exact: true }).fill(fixture("bad/no-cyrillic.en.txt"));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "no Cyrillic" })).toBeVisible();
  await expect(page).toHaveURL(/\/review\/import/);
  expect(await db.article.count()).toBe(before);
});

test("the public page shows the current translation as a clean article with a link to the original", async ({ page, db }) => {
  const article = await db.article.findFirstOrThrow({ where: { sourceUrl: { not: null } }, orderBy: { createdAt: "asc" } });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByRole("link", { name: "Read the original" })).toHaveAttribute("href", article.sourceUrl!);
  const paragraphs = page.locator("#article-body p");
  expect(await paragraphs.count()).toBeGreaterThan(3);
});
