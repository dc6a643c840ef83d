// C0/C1 control characters except tab and line feed, plus the bidirectional embedding, override and isolate
// marks that can make a comment display differently from what it says ("Trojan Source").
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Reader text as it is stored: CRLF and lone CR become LF, control characters are dropped. */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** Whitespace runs as one space: how a passage is compared when the page and the stored text lay it out differently. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
