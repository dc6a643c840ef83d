import { readdirSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { apiEndpoints } from "@/app/api/registry";
import type { DeclaredRoute } from "@/lib/http";
import { openApiDocument, renderApiDocs } from ".";

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// next-auth's sign-in endpoints are its own protocol (forms with its CSRF token), not part of Errata's API.
const NOT_API = ["app/api/auth/[...nextauth]/route.ts"];

function routeFiles(directory = "app/api"): string[] {
  return readdirSync(path.join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(directory, entry.name);
    return entry.isDirectory() ? routeFiles(file) : entry.name === "route.ts" && !NOT_API.includes(file) ? [file] : [];
  });
}

/** "/api/articles/{id}/revisions" for app/api/articles/[id]/revisions/route.ts. */
const pathOf = (file: string) => `/${path.posix.dirname(file).slice("app/".length)}`.replace(/\[(\w+)\]/g, "{$1}");

/** "GET /api/articles" for every handler the route files export (OPTIONS is the report endpoints' CORS preflight). */
async function exportedOperations() {
  const operations: { name: string; route: DeclaredRoute | undefined; file: string }[] = [];
  for (const file of routeFiles()) {
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof exports[method] === "function") operations.push({ name: `${method} ${pathOf(file)}`, route: exports[method] as DeclaredRoute, file });
    }
  }
  return operations;
}

describe("the OpenAPI document and the routes", () => {
  it("every exported handler under app/api is declared with its own method and path, and is in the document; the document has nothing else", async () => {
    const operations = await exportedOperations();
    expect(operations.length).toBeGreaterThan(10);
    const misdeclared = operations.filter(({ name, route }) => `${route?.endpoint?.method} ${route?.endpoint?.path}` !== name).map(({ name, file }) => `${name} (${file})`);
    expect(misdeclared, "declare with apiRoute or declaredRoute, with this method and path").toEqual([]);

    const document = openApiDocument(apiEndpoints());
    const documented = Object.entries(document.paths).flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`));
    expect(documented.sort(), "add the route module to app/api/registry.ts").toEqual(operations.map(({ name }) => name).sort());
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const document = openApiDocument(apiEndpoints(), "http://localhost:3000");
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("describes each route from the schemas it validates with: import's body, the list's filters, a path's id, the scopes", () => {
    const document = openApiDocument(apiEndpoints());
    type ObjectSchema = { properties: Record<string, unknown>; required: string[] };
    const importBody = document.paths["/api/articles"].post as { requestBody: { content: { "application/json": { schema: { oneOf: ObjectSchema[] } } } }; parameters: { name: string }[]; security: unknown[] };
    const [pair, xliff] = importBody.requestBody.content["application/json"].schema.oneOf;
    expect(Object.keys(pair.properties)).toEqual(expect.arrayContaining(["title", "source", "target", "engine", "publisher"]));
    expect(pair.required).toEqual(expect.arrayContaining(["source", "target"]));
    // ?format=xliff: the other form, a file with the same optional details.
    expect(importBody.parameters.map((p) => p.name)).toEqual(["format"]);
    expect(Object.keys(xliff.properties)).toEqual(expect.arrayContaining(["xliff", "title", "engine"]));
    expect(xliff.required).toEqual(["xliff"]);
    expect(importBody.security).toEqual([{ bearerToken: ["import"] }, { sessionCookie: [] }]);
    const list = document.paths["/api/articles"].get as { parameters: { name: string; in: string; required: boolean }[] };
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["status", "pair", "publisher", "q", "page"]));
    expect(list.parameters.every((p) => p.in === "query" && !p.required)).toBe(true);
    const flags = document.paths["/api/articles/{id}/flags"].get as { parameters: { name: string; in: string; required: boolean }[] };
    expect(flags.parameters).toContainEqual(expect.objectContaining({ name: "id", in: "path", required: true }));
  });

  it("gives every answer a body schema: a JSON success the route's own, an error the shared {code, message}", () => {
    const document = openApiDocument(apiEndpoints());
    type Operation = { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; anyOf?: { $ref?: string }[] } }> }> };
    const wrong: string[] = [];
    for (const [route, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods as Record<string, Operation>)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          const schemas = Object.values(response.content ?? {}).map((content) => content.schema);
          const isError = status === "default" || Number(status) >= 400;
          const sharesError = (schema: (typeof schemas)[number]) => schema?.$ref === "#/components/schemas/Error" || !!schema?.anyOf?.some((s) => s.$ref === "#/components/schemas/Error");
          if (schemas.length === 0 || schemas.some((schema) => !schema || (isError && !sharesError(schema)))) wrong.push(`${method.toUpperCase()} ${route} ${status}`);
        }
      }
    }
    expect(wrong, "declare a schema with each success response; errors get the Error schema").toEqual([]);
  });

  it("describes downloads by their media types, and the exports by name, with the read scope", () => {
    const document = openApiDocument(apiEndpoints());
    type Download = { responses: Record<string, { content?: Record<string, { schema: unknown }> }>; parameters: { name: string; in: string; schema: { enum?: string[] } }[]; security: unknown[] };
    const article = document.paths["/api/articles/{id}/export"].get as Download;
    expect(Object.keys(article.responses[200].content ?? {})).toEqual(expect.arrayContaining(["text/plain; charset=utf-8", "text/html; charset=utf-8", "application/xliff+xml; charset=utf-8"]));
    expect(article.responses[200].content?.["text/plain; charset=utf-8"].schema).toEqual({ type: "string" });
    expect(article.security).toEqual([{ bearerToken: ["read"] }, { sessionCookie: [] }]);
    const files = document.paths["/api/exports/{file}"].get as Download;
    expect(Object.keys(files.responses[200].content ?? {})).toEqual(expect.arrayContaining(["application/x-tmx+xml; charset=utf-8", "text/csv; charset=utf-8; header=present"]));
    expect(files.parameters.find((p) => p.in === "path")?.schema.enum).toEqual(expect.arrayContaining(["corrections.tmx", "reports.csv", "glossary.csv"]));
    expect(files.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["article", "from", "to", "page", "pair"]));
  });

  it("renders the docs page with every operation, escaped and self-contained", () => {
    const html = renderApiDocs(openApiDocument(apiEndpoints()));
    for (const [route, methods] of Object.entries(openApiDocument(apiEndpoints()).paths)) {
      for (const method of Object.keys(methods)) expect(html).toContain(`<span class="method">${method.toUpperCase()}</span><code>${route}</code>`);
    }
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema)/);
    expect(html).toContain("<code>application/xliff+xml; charset=utf-8</code>");
    expect(html).toContain("The second form when format=xliff.");
  });
});
