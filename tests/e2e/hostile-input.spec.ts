import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { Page } from "@playwright/test";
import { e2eEnvironment } from "./environment";
import { expect, test } from "./fixtures";

const { baseURL } = e2eEnvironment();

/**
 * A chunked POST (no Content-Length) that keeps sending `megabytes` of a JSON string and never ends: only a server
 * that stops reading at its cap answers it. Resolves with the status, or null when no answer came in `timeoutMs`.
 */
function endlessChunkedPost(path: string, cookie: string, megabytes: number, timeoutMs = 8_000): Promise<number | null> {
  return new Promise((resolve) => {
    const url = new URL(path, baseURL);
    const request = http.request(url, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: url.origin, "sec-fetch-site": "same-origin", "transfer-encoding": "chunked" },
    });
    const finish = (status: number | null) => {
      clearTimeout(timer);
      request.destroy();
      resolve(status);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    request.on("response", (response) => finish(response.statusCode ?? null));
    request.on("error", () => undefined); // the server may close the socket once it has answered
    const chunk = Buffer.alloc(64 * 1024, "a");
    request.write('{"title":"chunked","source":"');
    let sent = 0;
    const pump = () => {
      while (sent < megabytes * 16 && !request.destroyed) {
        sent++;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
    };
    pump();
  });
}

async function cookieOf(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test("a chunked body over a route's cap gets a 413 before it ends, and nothing is stored", async ({ page, db, makeUser, signIn }) => {
  const reviewer = await makeUser("REVIEWER");
  await signIn(page, reviewer);
  const cookie = await cookieOf(page);
  const articles = await db.article.count();

  expect(await endlessChunkedPost("/api/articles", cookie, 3)).toBe(413);
  expect(await endlessChunkedPost("/api/corrections", cookie, 1)).toBe(413);
  expect(await endlessChunkedPost("/api/auth/callback/credentials", "", 1)).toBe(413);
  expect(await db.article.count()).toBe(articles);
  expect(await db.correction.count({ where: { authorId: reviewer.id } })).toBe(0);
  // The server is still there for everyone else.
  expect((await page.request.get("/login")).status()).toBe(200);
});

test("HTML is read in a worker by the real server: a page nested 5,000 deep gets a 422, a real page is imported", async ({ page, db, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const headers = { origin: new URL(baseURL).origin, "sec-fetch-site": "same-origin" };
  const marker = randomUUID().slice(0, 8);
  const source = `<html><body><article><p>Войлок XIX века показали в Алматы ${marker}.</p></article></body></html>`;
  const hostile = `<!doctype html><html><body>${"<div>".repeat(5000)}<p>Felt of the 19th century.</p>${"</div>".repeat(5000)}</body></html>`;
  const refused = await page.request.post("/api/articles", { data: { source, target: hostile }, headers });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatch(/nests elements 5,000 deep/);

  const imported = await page.request.post("/api/articles", {
    data: { source: fs.readFileSync("tests/fixtures/html-pair.ru.html", "utf8").replace("</body>", `<p>${marker}</p></body>`), target: fs.readFileSync("tests/fixtures/html-pair.en.html", "utf8") },
    headers,
  });
  expect(imported.status()).toBe(201);
  const article = await db.article.findUniqueOrThrow({ where: { id: (await imported.json()).id } });
  expect(article.title).toBe("Felt of the 19th century was shown in Almaty");
});

test("the import form takes 1 MB per side, and a refused import keeps what was pasted", async ({ page, db, makeUser, signIn }) => {
  await signIn(page, await makeUser("REVIEWER"));
  const before = await db.article.count();
  await page.goto("/review/import");
  const original = page.getByLabel("Original", { exact: true });
  const translation = page.getByLabel("Translation", { exact: true });
  const alert = page.locator("form [role=alert]");

  // Two sides of 900 KB (1.8 MB together, over Next's default 1 MB): the server reads them and answers with what
  // is wrong (Latin text cannot be the Russian original) — quickly, before any checks run.
  const latin = "The bridge over the river was reopened after repairs. ".repeat(17_000);
  await original.fill(latin);
  await translation.fill(latin);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(alert).toContainText("no Cyrillic");
  await expect(original).toHaveValue(latin);
  await expect(translation).toHaveValue(latin);

  // A side over 1 MB: said before sending, the form keeps it.
  const tooLong = "Мост через реку открыли после ремонта. ".repeat(20_000);
  await original.fill(tooLong);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(alert).toContainText("The original is 1.4 MB; the limit is 1 MB per side");
  await expect(original).toHaveValue(tooLong);

  // A form the server's body limit (3 MB + 64 KB, for XLIFF files) refuses: pasted text and a file of under 1 MB
  // on each side, 3.7 MB in all. A message, not an error page, and the form as it was.
  await original.fill(latin.slice(0, 900_000));
  await page.getByLabel("…or upload a .txt or .html file (original file)").setInputFiles({ name: "original.txt", mimeType: "text/plain", buffer: Buffer.from("Мост. ".repeat(90_000)) });
  await page.getByLabel("…or upload a .txt or .html file (translation file)").setInputFiles({ name: "translation.txt", mimeType: "text/plain", buffer: Buffer.from("Bridge. ".repeat(120_000)) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(alert).toContainText("could not be sent");
  await expect(original).toHaveValue(latin.slice(0, 900_000));
  await expect(translation).toHaveValue(latin);
  expect(await db.article.count()).toBe(before);
});

/** `bytes` of plain text made of numbered copies of one sentence, a paragraph break every five. */
function plainText(bytes: number, sentence: (n: number) => string): string {
  const parts: string[] = [];
  for (let n = 1, size = 0; size < bytes; n++) {
    const part = sentence(n) + (n % 5 === 0 ? "\n\n" : " ");
    size += Buffer.byteLength(part);
    parts.push(part);
  }
  return parts.join("").trim();
}

test("the checks run in a worker: while a 300 KB-per-side import is checked, the server keeps answering", async ({ page, db, makeUser, signIn }) => {
  test.setTimeout(240_000);
  await signIn(page, await makeUser("REVIEWER"));
  const headers = { origin: new URL(baseURL).origin, "sec-fetch-site": "same-origin" };
  const marker = randomUUID().slice(0, 8);
  const source = `${marker} ${plainText(300_000, (n) => `Министр Аскар Умаров прибыл в Астану в ${n}-й раз.`)}`;
  const target = `${marker} ${plainText(300_000, (n) => `Minister Askar Umarov arrived in Astana for the ${n}th time.`)}`;

  let importing = true;
  const imported = page.request.post("/api/articles", { data: { source, target }, headers, timeout: 220_000 }).finally(() => (importing = false));
  const probes: number[] = [];
  while (importing) {
    const started = Date.now();
    expect((await page.request.get("/api/health", { timeout: 30_000 })).status()).toBe(200);
    probes.push(Date.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const answer = await imported;
  expect(answer.status()).toBe(201);
  // Stored with the worker's alignment of all 6,000-odd sentences.
  const revision = await db.revision.findFirstOrThrow({ where: { articleId: (await answer.json()).id }, select: { alignment: { select: { id: true } } } });
  expect(revision.alignment).not.toBeNull();
  // The import took seconds (tens of probes meanwhile); none of them waited a second for an answer.
  expect(probes.length).toBeGreaterThan(10);
  expect(Math.max(...probes)).toBeLessThan(1000);
});
