import fs from "node:fs";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { TestUser } from "./fixtures";

const DEMO = "prisma/demo/articles/kazakhstan-fuel-2024-10-02";

/**
 * A fresh copy of the demo fuel-prices article (so that tests never change the shared demo data), with one more
 * paragraph that names the vice minister again in the genitive: "Yerlana Akbarova" now occurs twice.
 */
export function demoCopy() {
  const marker = randomUUID().slice(0, 8);
  return {
    title: `Fuel prices, checked ${marker}`,
    source: `${fs.readFileSync(`${DEMO}.ru.txt`, "utf8").trim()}\n\nПо словам Ерлана Акбарова, цены на бензин не вырастут до конца года (${marker}).`,
    target: `${fs.readFileSync(`${DEMO}.en.txt`, "utf8").trim()}\n\nAccording to Yerlana Akbarova, gasoline prices will not rise until the end of the year (${marker}).`,
    engine: "Google Translate",
  };
}

/** Imports the copy through the API as the signed-in user of `page`; returns the new article's id and slug. */
export async function importDemoCopy(page: Page): Promise<{ id: string; slug: string; title: string }> {
  const pair = demoCopy();
  const response = await page.request.post("/api/articles", { data: { ...pair, sourceLang: "ru", targetLang: "en" } });
  expect(response.status()).toBe(201);
  return { ...(await response.json()), title: pair.title };
}

/** A page of its own (own cookies) for a second person in the same test. */
export async function pageFor(browser: Browser, user: TestUser, signIn: (page: Page, user: TestUser) => Promise<void>): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

/** Proposes, through the API as the user of `page`, a correction replacing `find` in the current text. */
export async function proposeEdit(page: Page, articleId: string, find: string, replacement: string): Promise<string> {
  const { text, number } = await currentText(articleId);
  const start = text.indexOf(find);
  expect(start, `"${find}" is in the text`).toBeGreaterThanOrEqual(0);
  const response = await page.request.post("/api/corrections", { data: { articleId, baseRevision: number, change: { kind: "edit", start, end: start + find.length, text: replacement } } });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

export async function currentText(articleId: string) {
  const { getDb } = await import("@/lib/db");
  const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  const revision = await getDb().revision.findUniqueOrThrow({ where: { articleId_number: { articleId, number: article.currentRevision } } });
  return { number: article.currentRevision, text: revision.text };
}
