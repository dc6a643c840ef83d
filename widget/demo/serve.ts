// Serves the demo publisher page (host.html) that embeds Errata's widget from another origin.
//   npx tsx widget/demo/serve.ts [--port 4000] [--errata http://localhost:3000]
// Then, as an admin, allow http://127.0.0.1:4000 for "Ala-Too Daily" at /admin/publishers, open
// http://127.0.0.1:4000, select a mistake and press Ctrl+Enter. The e2e test serves it with its own article.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

export interface HostPageOptions {
  /** Where Errata runs: the page loads ERRATA/widget.js. */
  errata: string;
  /** The data-errata-article value; the demo's own when absent. */
  article?: string;
  /** The article to show instead of the demo's: a title and plain-text paragraphs. */
  content?: { title: string; paragraphs: string[] };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The demo page, pointed at an Errata server, with another article in it when asked. */
export function hostPage(options: HostPageOptions): string {
  let page = fs.readFileSync(path.join(import.meta.dirname, "host.html"), "utf8");
  page = page.replace(/src="[^"]*\/widget\.js"/, `src="${escapeHtml(options.errata)}/widget.js"`);
  if (options.article) page = page.replace(/data-errata-article="[^"]*"/, `data-errata-article="${escapeHtml(options.article)}"`);
  if (options.content) {
    const { title, paragraphs } = options.content;
    const article = `<article>\n<h1>${escapeHtml(title)}</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}\n</article>`;
    page = page.replace(/(<!-- errata:article-start -->)[\s\S]*(<!-- errata:article-end -->)/, (_, start: string, end: string) => `${start}\n${article}\n${end}`);
  }
  return page;
}

/** A one-page HTTP server for the host page, on 127.0.0.1. */
export function serveHostPage(port: number, options: HostPageOptions): Promise<http.Server> {
  const page = hostPage(options);
  const server = http.createServer((request, response) => {
    if (request.url !== "/" && request.url !== "/index.html") return void response.writeHead(404).end("Not found");
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "4000" }, errata: { type: "string", default: "http://localhost:3000" } } });
  await serveHostPage(Number(values.port), { errata: values.errata });
  console.log(`Demo publisher page on http://127.0.0.1:${values.port} (widget from ${values.errata}). Allow that origin for "Ala-Too Daily" at ${values.errata}/admin/publishers.`);
}
