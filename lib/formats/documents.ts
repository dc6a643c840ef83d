/**
 * An article's current translation as a file to hand on: plain text, a standalone HTML page and Markdown.
 * Paragraphs are the stored text's blank-line-separated blocks; a single line break inside one is kept.
 */
export interface TranslationDocument {
  title: string;
  /** BCP 47 code of the translation (en). */
  lang: string;
  text: string;
}

function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n+/).map((paragraph) => paragraph.trim()).filter(Boolean);
}

/** The title, a blank line, then the text as stored. */
export function toPlainText({ title, text }: TranslationDocument): string {
  return `${title}\n\n${text}\n`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** A minimal, complete HTML5 page: every piece of article text escaped, no script, no outside resource. */
export function toHtml({ title, lang, text }: TranslationDocument): string {
  const body = paragraphsOf(text)
    .map((paragraph) => `<p>${paragraph.split("\n").map(escapeHtml).join("<br>\n")}</p>`)
    .join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    "</head>",
    "<body>",
    "<article>",
    `<h1>${escapeHtml(title)}</h1>`,
    body,
    "</article>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * Plain text as Markdown that shows the same characters: the inline markup characters are backslash-escaped
 * (CommonMark allows a backslash before any ASCII punctuation), and so is a line start that would make a
 * heading, a quote, a list item or a rule ("# ", "> ", "- ", "1. ").
 */
export function escapeMarkdown(line: string): string {
  return line.replace(/[\\`*_[\]<>~|]/g, "\\$&").replace(/^(\s*)([#>+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** A level-1 heading with the title, then one Markdown paragraph per paragraph (line breaks kept as hard breaks). */
export function toMarkdown({ title, text }: TranslationDocument): string {
  const body = paragraphsOf(text).map((paragraph) => paragraph.split("\n").map(escapeMarkdown).join("\\\n"));
  return `# ${escapeMarkdown(title)}\n\n${body.join("\n\n")}\n`;
}
