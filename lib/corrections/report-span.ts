export interface ReportedSelection {
  revision: number;
  start: number;
  end: number;
  selection: string;
  contextBefore: string;
  contextAfter: string;
}

/**
 * Where a reader's selection is in the current text: at its offsets when the reader saw this revision,
 * otherwise found by its context (with the context, or alone, but only when that is unique). Null when the
 * text has changed so that it cannot be found for certain.
 */
export function locateSelection(text: string, currentRevision: number, report: ReportedSelection): { start: number; end: number } | null {
  if (report.revision === currentRevision && text.slice(report.start, report.end) === report.selection) {
    return { start: report.start, end: report.end };
  }
  for (const [before, after] of [[report.contextBefore, report.contextAfter], [report.contextBefore, ""], ["", report.contextAfter], ["", ""]]) {
    const at = uniqueIndex(text, before + report.selection + after);
    if (at !== -1) return { start: at + before.length, end: at + before.length + report.selection.length };
  }
  return null;
}

function uniqueIndex(text: string, needle: string): number {
  if (!needle) return -1;
  const first = text.indexOf(needle);
  return first !== -1 && text.indexOf(needle, first + 1) === -1 ? first : -1;
}
