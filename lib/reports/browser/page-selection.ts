import { contextAround, trimSpan } from "../context";
import { REPORT_LIMITS } from "../limits";
import type { ReportDraft } from "./draft";

/**
 * The reader's selection in an article body whose paragraphs carry their revision offsets (data-start,
 * data-end): the exact revision offsets, the text there and its context. Null when nothing in the body is
 * selected.
 */
export function selectionInArticle(body: HTMLElement, selection: Selection | null): ReportDraft | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraphs = [...body.querySelectorAll<HTMLElement>("[data-start]")];
  const touched = paragraphs.filter((p) => range.intersectsNode(p));
  if (touched.length === 0) return null;
  const [first, last] = [touched[0], touched[touched.length - 1]];
  const start = first.contains(range.startContainer) ? offsetIn(first, range.startContainer, range.startOffset) : Number(first.dataset.start);
  const end = last.contains(range.endContainer) ? offsetIn(last, range.endContainer, range.endOffset) : Number(last.dataset.end);
  const text = articleText(paragraphs);
  const span = trimSpan(text, start, end);
  if (span.start >= span.end) return null;
  const context = contextAround(text, span.start, span.end, REPORT_LIMITS.context);
  return { selection: text.slice(span.start, span.end), ...span, contextBefore: context.before, contextAfter: context.after };
}

/** The revision offset of a point inside a paragraph: the paragraph's own offset plus the characters before it. */
function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return Number(paragraph.dataset.start) + before.toString().length;
}

/** The revision text as the page holds it: every paragraph at its offsets, line breaks in between. */
function articleText(paragraphs: HTMLElement[]): string {
  let text = "";
  for (const p of paragraphs) text = text.padEnd(Number(p.dataset.start), "\n") + (p.textContent ?? "");
  return text;
}
