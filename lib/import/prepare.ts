import { createHash } from "node:crypto";
import { UserError } from "@/lib/errors";
import { toWellFormedText } from "@/lib/text";
import { extractArticle, looksLikeHtml } from "./html";
import { MAX_SIDE_BYTES, type ValidImportInput } from "./input";

export interface PreparedPair {
  title: string;
  sourceText: string;
  targetText: string;
  contentHash: string;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
// Counted by deleting everything else: matching every letter of a 1 MB side made an array of a million strings.
const NOT_CYRILLIC = /\P{Script=Cyrillic}+/gu;
const NOT_LATIN = /\P{Script=Latin}+/gu;

/** Turns raw input into the two plain texts that get stored, or says exactly what is wrong with it. */
export async function preparePair(input: ValidImportInput): Promise<PreparedPair> {
  checkSize(input.source, "The original");
  checkSize(input.target, "The translation");
  const source = await toPlainText(input.source, "The original");
  await yieldToRequests();
  const target = await toPlainText(input.target, "The translation");
  if (!source.text) throw new UserError("The original is empty. Paste or upload the text of the original article.", 422);
  if (!target.text) throw new UserError("The translation is empty. Paste or upload the machine translation.", 422);
  await yieldToRequests();
  checkScripts(source.text, target.text, input.sourceLang, input.targetLang);
  await yieldToRequests();
  const title = input.title || target.title || firstLine(target.text);
  return {
    title: title.slice(0, 300),
    sourceText: source.text,
    targetText: target.text,
    contentHash: createHash("sha256")
      .update([input.sourceLang, input.targetLang, source.text, target.text].join("\u0000"))
      .digest("hex"),
  };
}

/** Lets waiting requests run between the steps, each of which takes tens of milliseconds on a 1 MB side. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

function checkSize(text: string, what: string) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_SIDE_BYTES) {
    throw new UserError(`${what} is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 1 MB per side. Import the article body only.`, 413);
  }
}

/**
 * The stored text: a lone surrogate or NUL becomes U+FFFD (after HTML parsing, which can make one from "&#0;").
 * Replaced, not refused: a long article should not bounce for one broken character, and a one-for-one
 * replacement keeps every offset the checks compute pointing where it did.
 */
async function toPlainText(raw: string, what: string): Promise<{ text: string; title: string | null }> {
  const unified = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const { text, title } = looksLikeHtml(unified)
    ? await extractArticle(unified, what)
    : { text: unified.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim(), title: null };
  return { text: toWellFormedText(text), title: title && toWellFormedText(title) };
}

function checkScripts(source: string, target: string, sourceLang: string, targetLang: string) {
  const count = (text: string, others: RegExp) => text.replace(others, "").length;
  if (sourceLang === "ru" && !CYRILLIC.test(source)) {
    throw new UserError("The original has no Cyrillic letters, so it cannot be Russian. Check that the original and the translation are not swapped, or change the source language.", 422);
  }
  if (targetLang === "en" && count(target, NOT_CYRILLIC) > count(target, NOT_LATIN)) {
    throw new UserError("The translation is mostly Cyrillic, so it does not look like English. Check that the original and the translation are not swapped.", 422);
  }
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0].slice(0, 120);
}
