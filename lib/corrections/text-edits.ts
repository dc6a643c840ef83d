/** A replacement of [start, end) in a text by `text`, in UTF-16 offsets. An insertion has start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export class InvalidEditError extends Error {}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Sorted by position; throws when an edit is out of range, overlaps another, or cuts an emoji in half. */
export function checkEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previousEnd = 0;
  for (const edit of sorted) {
    if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0 || edit.end < edit.start || edit.end > text.length) {
      throw new InvalidEditError(`An edit [${edit.start}, ${edit.end}) lies outside the text.`);
    }
    if (edit.start < previousEnd) throw new InvalidEditError("Two edits overlap.");
    for (const at of [edit.start, edit.end]) {
      if (at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at))) throw new InvalidEditError("An edit splits a character in two.");
    }
    previousEnd = edit.end;
  }
  return sorted;
}

/** The text with every edit made (offsets refer to the text before any of them). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = "";
  let at = 0;
  for (const edit of checkEdits(text, edits)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** Drops edits that change nothing. */
export function effectiveEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  return edits.filter((edit) => text.slice(edit.start, edit.end) !== edit.text);
}
