import type { OpenApiDocument } from "./openapi";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

type Operation = {
  summary: string;
  description: string;
  tags: string[];
  operationId: string;
  parameters: { name: string; in: string; required: boolean; description?: string; schema: unknown }[];
  requestBody?: { description?: string; content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
};

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1c1917}
h2{margin-top:2.5rem;border-bottom:1px solid #d6d3d1}section{margin:1.5rem 0;padding:1rem;border:1px solid #e7e5e4;border-radius:.5rem}
code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f5f5f4;padding:.75rem;overflow:auto;white-space:pre-wrap;border-radius:.25rem}
.method{font-weight:700;margin-right:.5rem}table{border-collapse:collapse}td,th{border:1px solid #e7e5e4;padding:.25rem .5rem;text-align:left;vertical-align:top}
nav a{margin-right:1rem}`;

/** Paragraphs of plain text, escaped. */
const prose = (text: string) => text.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("");

/** A download's media types; JSON, the API's usual answer, goes without saying. */
function mediaTypes(content: Record<string, unknown> | undefined): string {
  const types = Object.keys(content ?? {}).filter((type) => type !== "application/json");
  return types.length ? ` (${types.map((type) => `<code>${escapeHtml(type)}</code>`).join(", ")})` : "";
}

function operationHtml(method: string, path: string, op: Operation): string {
  const params = op.parameters.length
    ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>${op.parameters
        .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? "yes" : "no"}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code>${p.description ? ` ${escapeHtml(p.description)}` : ""}</td></tr>`)
        .join("")}</table>`
    : "";
  const body = op.requestBody ? `<h4>Body (application/json)</h4>${op.requestBody.description ? prose(op.requestBody.description) : ""}<pre>${escapeHtml(JSON.stringify(op.requestBody.content["application/json"].schema, null, 2))}</pre>` : "";
  const responses = `<h4>Responses</h4><ul>${Object.entries(op.responses)
    .map(([status, response]) => `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description)}${mediaTypes(response.content)}</li>`)
    .join("")}</ul>`;
  return `<section id="${escapeHtml(op.operationId)}"><h3><span class="method">${method.toUpperCase()}</span><code>${escapeHtml(path)}</code> — ${escapeHtml(op.summary)}</h3>${prose(op.description)}${params}${body}${responses}</section>`;
}

/** The API's documentation as one self-contained HTML page (no scripts, no outside resources), from the OpenAPI document. */
export function renderApiDocs(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })));
  const sections = document.tags
    .map(({ name }) => `<h2 id="tag-${escapeHtml(name)}">${escapeHtml(name)}</h2>${operations.filter(({ op }) => op.tags.includes(name)).map(({ method, path, op }) => operationHtml(method, path, op)).join("")}`)
    .join("");
  const errorSchema = escapeHtml(JSON.stringify(document.components.schemas.Error, null, 2));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Errata API</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(document.info.title)}</h1>${prose(document.info.description)}
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).</p>
<nav>${document.tags.map(({ name }) => `<a href="#tag-${escapeHtml(name)}">${escapeHtml(name)}</a>`).join("")}</nav>
<h2>Errors</h2><p>Every error is JSON with a stable <code>code</code> and a <code>message</code>:</p><pre>${errorSchema}</pre>
${sections}</body></html>`;
}

/** Nothing on the page runs or loads from elsewhere: its policy allows its own inline style and nothing else. */
export const API_DOCS_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
