import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd";

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) || /<(p|div|article|body|h[1-6])[\s>]/i.test(text.slice(0, 5000));
}

export interface ExtractedArticle {
  title: string | null;
  text: string;
}

/**
 * The article body of an HTML page as plain text, one paragraph per block element. Readability's
 * textContent glues blocks together ("указ" + "АСТАНА" → "указАСТАНА"), which would read as glued words,
 * so the paragraphs are taken from its HTML instead.
 */
export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const body = article?.content ?? html;
  return { title: article?.title?.trim() || null, text: blocksToParagraphs(body) };
}

function blocksToParagraphs(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
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
