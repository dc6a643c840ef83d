// Runs in a worker thread (lib/import/html.ts starts it): Readability on a large or deep page can take seconds of
// CPU, which must not stall the server's other requests. Plain JavaScript, so that vitest and the CLI start it
// from this path as it is; `next build` (Turbopack) sees the `new Worker(path)` and bundles it as a worker chunk
// of its own. Gets {html} as workerData (an object: Turbopack's wrapper spreads it to pass its globals along,
// and would drop a bare string), posts {title, text}.
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd";

/**
 * The article body of an HTML page as plain text, one paragraph per block element. Readability's textContent
 * glues blocks together ("указ" + "АСТАНА" → "указАСТАНА"), which would read as glued words, so the paragraphs
 * are taken from its HTML instead.
 * @param {string} html
 * @returns {{ title: string | null, text: string }}
 */
function extractArticle(html) {
  const { document } = parseHTML(html);
  const article = new Readability(document, { charThreshold: 100 }).parse();
  const body = article?.content ?? html;
  return { title: article?.title?.trim() || null, text: blocksToParagraphs(body) };
}

/** @param {string} html */
function blocksToParagraphs(html) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs = [];
  for (const element of document.querySelectorAll(BLOCKS)) {
    // The innermost block owns the text: skip a block that contains other blocks (a <li> holding <p>s).
    if (element.querySelector(BLOCKS)) continue;
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const text = (document.body?.textContent ?? "").replace(/[ \t]+/g, " ").trim();
    if (text) paragraphs.push(text);
  }
  return paragraphs.join("\n\n");
}

// Below the request thread's CPU priority (on Linux a thread has its own nice value): a hostile page's parse
// takes only the CPU the server's requests leave.
os.setPriority(Math.min(19, os.getPriority() + 10));
parentPort?.postMessage(extractArticle(workerData.html));
