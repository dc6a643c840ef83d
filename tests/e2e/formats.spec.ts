import { importDemoCopy } from "./correction-helpers";
import { expect, test } from "./fixtures";

test("exports need a staff session", async ({ request }) => {
  expect((await request.get("/api/exports/reports.csv")).status()).toBe(401);
  expect((await request.get("/api/articles/anything/export?format=txt")).status()).toBe(401);
  expect((await request.post("/api/articles?format=xliff", { data: { xliff: "<xliff/>" } })).status()).toBe(401);
});

test("an article goes out as XLIFF from the workspace and comes back in through the import form", async ({ page, makeUser, signIn, db }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const article = await importDemoCopy(page);
  await page.goto(`/review/articles/${article.id}`);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "XLIFF 2.0" }).click()]);
  expect(download.suggestedFilename()).toBe(`${article.slug}.xlf`);
  const xliff = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en">');

  // Unchanged, it is the same pair: the API refuses it as a duplicate and names the article.
  const duplicate = await page.request.post("/api/articles?format=xliff", { data: { xliff } });
  expect(duplicate.status()).toBe(409);
  expect(await duplicate.json()).toMatchObject({ id: article.id, slug: article.slug });
  const broken = await page.request.post("/api/articles?format=xliff", { data: { xliff: xliff.slice(0, 400) } });
  expect(broken.status()).toBe(422);

  // A translator's fix, uploaded through the form: a new article with the fixed translation and the same original.
  // (Every occurrence: the flags' notes name it too.)
  const edited = xliff.replaceAll("Yerlana Akbarova", "Yerlan Akbarov");
  await page.goto("/review/import");
  await page.getByLabel("…or a translated XLIFF file (2.0 or 1.2)").setInputFiles({ name: "fixed.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(edited) });
  await page.getByLabel("Title").fill(`Fixed by a translator ${article.slug}`);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/review\/articles\/(?!.*\/history)[^/]+$/);
  const newId = page.url().split("/").pop()!;
  expect(newId).not.toBe(article.id);
  const [original, copy] = await Promise.all([article.id, newId].map((id) => db.article.findUniqueOrThrow({ where: { id }, include: { revisions: true } })));
  expect(copy.sourceText).toBe(original.sourceText);
  expect(copy.revisions[0].text).toBe(original.revisions[0].text.replaceAll("Yerlana Akbarova", "Yerlan Akbarov"));

  const text = await page.request.get(`/api/articles/${newId}/export?format=txt`);
  expect(text.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(text.headers()["content-disposition"]).toMatch(/^attachment; filename="fixed-by-a-translator-.*\.txt"/);
  expect(await text.text()).toContain("According to Yerlan Akbarov, gasoline prices");
  expect((await page.request.get(`/api/articles/${newId}/export?format=pdf`)).status()).toBe(400);
  expect((await page.request.get("/api/articles/no-such-article/export?format=md")).status()).toBe(404);
});

test("the editor page downloads a date range of corrections and reports", async ({ page, makeUser, signIn }) => {
  await signIn(page, await makeUser("EDITOR"));
  await page.goto("/editor");
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("From").fill(today);
  await page.getByLabel("To (inclusive)").fill(today);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Reports (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`errata-reports-${today}_${today}.csv`);
  const tmx = await page.request.get(`/api/exports/corrections.tmx?from=${today}`);
  expect(tmx.headers()["content-type"]).toBe("application/x-tmx+xml; charset=utf-8");
  expect(await tmx.text()).toMatch(/^<tmx version="1.4b">/);
  expect((await page.request.get("/api/exports/reports.csv?from=yesterday")).status()).toBe(400);
  expect((await page.request.get("/api/exports/secrets.csv")).status()).toBe(404);
});
