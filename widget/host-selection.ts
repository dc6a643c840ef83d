import type { ReportDraft } from "../lib/reports/browser/draft";
import { REPORT_LIMITS } from "../lib/reports/limits";

/**
 * The reader's selection on a publisher's page, with the text around it. The widget cannot know offsets in
 * Errata's revision, so Errata finds the passage by its text and context.
 */
export function selectionOnPage(selection: Selection | null): ReportDraft | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString().trim();
  if (!text) return null;
  const range = selection.getRangeAt(0);
  const size = REPORT_LIMITS.context;
  // Widen to the nearest ancestor that holds enough text for the context on both sides.
  let block: Node = range.commonAncestorContainer;
  while (block.parentNode && block !== document.body && (block.textContent ?? "").length < text.length + 2 * size) block = block.parentNode;
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.selectNodeContents(block);
  after.setStart(range.endContainer, range.endOffset);
  return { selection: text, contextBefore: before.toString().slice(-size), contextAfter: after.toString().slice(0, size) };
}
