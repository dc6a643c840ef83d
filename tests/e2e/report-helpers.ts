import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

/** A short article of its own, under a publisher of its own, so that no other test's reports get in the way. */
export function reportablePair(marker = randomUUID().slice(0, 8)) {
  return {
    marker,
    title: `Energy minister visits the capital ${marker}`,
    source: `Министр энергетики Аскар Умаров прибыл в Астану в понедельник (${marker}).\n\nПо его словам, в Казахстане цены на топливо не вырастут до конца года.\n\nВ Астане он встретился с журналистами.`,
    target: `Energy Minister Askara Umarova arrived in Astana on Monday (${marker}).\n\nAccording to him, in Kazakhstanthat fuel prices will not rise until the end of the year.\n\nIn Astana he met journalists.`,
    publisher: `Reports Test ${marker}`,
    targetUrl: `https://news.example.test/en/${marker}/minister`,
  };
}

/**
 * Imports such an article through the API as the signed-in user of `page` (who owns it, so that it is cleaned
 * up), then sets its publisher's report settings.
 */
export async function importReportable(page: Page, settings: { allowedOrigins?: string; reportLimits?: string } = {}) {
  const pair = reportablePair();
  const response = await page.request.post("/api/articles", { data: { ...pair, sourceLang: "ru", targetLang: "en" } });
  expect(response.status()).toBe(201);
  const { id, slug } = (await response.json()) as { id: string; slug: string };
  const { getDb } = await import("@/lib/db");
  await getDb().publisher.update({ where: { name: pair.publisher }, data: settings });
  return { ...pair, id, slug };
}

/**
 * Finds `text` inside `container` and either selects it through the Selection API or returns the points where
 * a mouse drag across it starts and ends.
 */
function findText(container: Locator, text: string, select: boolean) {
  return container.evaluate((element, [needle, selectIt]) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at === -1) continue;
      const range = document.createRange();
      const box = (from: number) => {
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        return range.getBoundingClientRect();
      };
      const [first, last] = [box(at), box(at + needle.length - 1)];
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      if (selectIt) {
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`${needle} is not on the page`);
  }, [text, select] as const);
}

/** Selects `text` inside `container` by dragging the mouse across it, as a reader does. */
export async function dragSelect(page: Page, container: Locator, text: string) {
  const box = await findText(container, text, false);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(text);
}

/** Selects `text` inside `container` through the Selection API (touch screens and host pages, where dragging is not how readers select). */
export async function selectText(container: Locator, text: string) {
  await findText(container, text, true);
}

export const reportDialog = (page: Page) => page.getByRole("dialog", { name: "Report a mistake" });
