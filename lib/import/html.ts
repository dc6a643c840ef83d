import path from "node:path";
import { Worker } from "node:worker_threads";
import { UserError } from "@/lib/errors";

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<(p|div|article|body|h[1-6])[\s>]/i.test(text.slice(0, 5000));
}

export interface ExtractedArticle {
  title: string | null;
  text: string;
}

/**
 * What an HTML page may be. Real news pages hold a few thousand elements nested a few dozen deep (15,000 elements
 * of a 1 MB page read in about 0.6 s); Readability's work grows much faster than the depth (1,000 deep took 2.2 s,
 * 5,000 deep 493 s), so a page outside these bounds is refused before it is parsed.
 */
// The time limit leaves room for a real 1 MB page on a busy server (about 4 s per side with the machine loaded).
export const HTML_LIMITS = { maxElements: 30_000, maxDepth: 200, timeoutMs: 10_000, parallel: 2 } as const;

// Elements with no end tag, and elements whose end tag a page may leave out (an open <p> closes at the next block):
// neither nests what follows, so neither counts towards the depth.
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const OPTIONAL_END = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);
// [^<>] rather than [^>], so that an unclosed "<a" stops the scan at the next "<" instead of the end of the page.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/y;

/**
 * How many elements a page opens and how deep it nests them, from one linear scan of its tags (comments and the
 * insides of scripts and styles skipped; a self-closed tag counts as closed inside <svg> and <math>, where it is).
 */
export function htmlShape(html: string): { elements: number; depth: number } {
  const lower = html.toLowerCase();
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let foreign = 0;
  for (let at = html.indexOf("<"); at !== -1; at = html.indexOf("<", at)) {
    if (html.startsWith("<!--", at)) {
      const end = html.indexOf("-->", at + 4);
      if (end === -1) break;
      at = end + 3;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) {
      at++;
      continue;
    }
    at = TAG.lastIndex;
    const [, closing, rawName, selfClosing] = tag;
    const name = rawName.toLowerCase();
    if (closing) {
      if (!VOID.has(name) && !OPTIONAL_END.has(name)) depth = Math.max(0, depth - 1);
      if (name === "svg" || name === "math") foreign = Math.max(0, foreign - 1);
      continue;
    }
    elements++;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      if (end === -1) break;
      at = end;
      continue;
    }
    if (selfClosing && (foreign > 0 || name === "svg" || name === "math")) continue;
    if (name === "svg" || name === "math") foreign++;
    if (VOID.has(name) || OPTIONAL_END.has(name)) continue;
    deepest = Math.max(deepest, ++depth);
  }
  return { elements, depth: deepest };
}

/** Refuses (422) a page with more elements or deeper nesting than HTML_LIMITS allow, saying what to do instead. */
export function checkHtmlShape(html: string, what: string): void {
  const { elements, depth } = htmlShape(html);
  if (elements > HTML_LIMITS.maxElements) {
    throw new UserError(`${what} is an HTML page of ${elements.toLocaleString("en")} elements; Errata reads pages of at most ${HTML_LIMITS.maxElements.toLocaleString("en")}. Paste the article's text instead.`, 422);
  }
  if (depth > HTML_LIMITS.maxDepth) {
    throw new UserError(`${what} is an HTML page that nests elements ${depth.toLocaleString("en")} deep; Errata reads pages nested at most ${HTML_LIMITS.maxDepth} deep. Paste the article's text instead.`, 422);
  }
}

// The worker is a plain .mjs file, found from the app's root by the CLI and the tests; `next build` follows this
// path at build time and bundles the worker as a chunk of its own (tests/e2e/hostile-input.spec.ts runs it there).
const WORKER_FILE = path.join(process.cwd(), "lib", "import", "html-worker.mjs");

let running = 0;
const waiting: (() => void)[] = [];

/**
 * The article body of an HTML page as plain text, one paragraph per block element (html-worker.mjs). The page is
 * checked against HTML_LIMITS here, then parsed in a worker thread, at most HTML_LIMITS.parallel at once, which is
 * stopped after HTML_LIMITS.timeoutMs: the request thread only waits.
 */
export async function extractArticle(html: string, what = "The page", timeoutMs: number = HTML_LIMITS.timeoutMs): Promise<ExtractedArticle> {
  checkHtmlShape(html, what);
  // A freed place passes straight to the next waiting page, so no more than `parallel` ever run.
  if (running < HTML_LIMITS.parallel) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await inWorker(html, what, timeoutMs);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function inWorker(html: string, what: string, timeoutMs: number): Promise<ExtractedArticle> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { html }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new UserError(`${what} is an HTML page that took more than ${timeoutMs / 1000} s to read. Paste the article's text instead.`, 422));
    }, timeoutMs);
    worker.once("message", (article: ExtractedArticle) => {
      clearTimeout(timer);
      resolve(article);
    });
    worker.once("error", (error: Error & { code?: string }) => {
      clearTimeout(timer);
      const tooBig = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      reject(tooBig ? new UserError(`${what} is an HTML page too large to read. Paste the article's text instead.`, 422) : error);
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new UserError(`${what} is an HTML page that could not be read. Paste the article's text instead.`, 422));
    });
  });
}
