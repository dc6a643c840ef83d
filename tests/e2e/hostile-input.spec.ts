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
