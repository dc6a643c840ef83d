import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as exportArticleRoute } from "@/app/api/articles/[id]/export/route";
import { POST as importRoute } from "@/app/api/articles/route";
import { GET as exportFileRoute } from "@/app/api/exports/[file]/route";
import { createApiToken, type ApiScope } from "@/lib/api-tokens";
import { importArticle } from "@/lib/import";
import { createTestUser } from "./factories";

const APP = "http://errata.test";
type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A reviewer's article and a caller that sends each request with a token of the given scopes. */
async function setUp() {
  const reviewer = await createTestUser("REVIEWER");
  const marker = randomUUID().slice(0, 8);
  const article = await importArticle(
    { title: `Export ${marker}`, source: `Встреча прошла в Астане (${marker}).\n\nОна длилась два часа.`, target: `The meeting was held in Astana (${marker}).\n\nIt lasted two hours.` },
    { actorId: reviewer.id },
  );
  const tokens = new Map<string, string>();
  const call = async (scopes: ApiScope[], route: Route, path: string, params: Record<string, string> = {}, body?: unknown) => {
    const key = scopes.join(",");
    if (!tokens.has(key)) tokens.set(key, (await createApiToken(reviewer, { name: key, scopes })).token);
    const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(key)}` };
    const init: RequestInit = body === undefined ? { headers } : { method: "POST", body: JSON.stringify(body), headers: { ...headers, "content-type": "application/json" } };
    return route(new Request(`${APP}${path}`, init), { params: Promise.resolve(params) });
  };
  return { article, call };
}

describe("formats through the API wrapper: Bearer tokens, scopes, downloads", () => {
  it("a read token downloads an article as a file; a token without the read scope gets 403", async () => {
    const { article, call } = await setUp();
    const text = await call(["read"], exportArticleRoute, `/api/articles/${article.id}/export`, { id: article.id });
    expect(text.status).toBe(200);
    expect(text.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
    expect(await text.text()).toContain("It lasted two hours.");

    const xliff = await call(["read"], exportArticleRoute, `/api/articles/${article.id}/export?format=xliff2`, { id: article.id });
    expect(xliff.headers.get("content-type")).toBe("application/xliff+xml; charset=utf-8");
    expect(await xliff.text()).toContain("<xliff");

    const refused = await call(["import"], exportArticleRoute, `/api/articles/${article.id}/export`, { id: article.id });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "insufficient_scope" });
    expect((await call(["read"], exportArticleRoute, `/api/articles/${article.id}/export?format=pdf`, { id: article.id })).status).toBe(400);
    expect((await call(["read"], exportArticleRoute, "/api/articles/no-such-article/export", { id: "no-such-article" })).status).toBe(404);
  });

  it("POST /api/articles?format=xliff imports a file with an import token; a read token cannot; the plain pair still works", async () => {
    const { article, call } = await setUp();
    const exported = await (await call(["read"], exportArticleRoute, `/api/articles/${article.id}/export?format=xliff2`, { id: article.id })).text();
    const edited = exported.replace("It lasted two hours.", "It lasted two full hours.");
    expect(edited).not.toBe(exported);

    expect((await call(["read"], importRoute, "/api/articles?format=xliff", {}, { xliff: edited })).status).toBe(403);
    const imported = await call(["import"], importRoute, "/api/articles?format=xliff", {}, { xliff: edited, title: "Edited" });
    expect(imported.status).toBe(201);
    expect(await imported.json()).toMatchObject({ id: expect.any(String), slug: expect.any(String) });
    // The unchanged file is the same pair as the article: the import's duplicate check answers.
    expect((await call(["import"], importRoute, "/api/articles?format=xliff", {}, { xliff: exported })).status).toBe(409);
    // Without format=xliff the body must be the two texts: a file alone is a 400 that names what is missing.
    const wrongForm = await call(["import"], importRoute, "/api/articles", {}, { xliff: edited });
    expect(wrongForm.status).toBe(400);
    expect((await wrongForm.json()).message).toMatch(/source/);
    expect((await call(["import"], importRoute, "/api/articles?format=docx", {}, { xliff: edited })).status).toBe(400);
  });

  it("collection exports and the glossary download with a read token; an unknown export is a 404", async () => {
    const { article, call } = await setUp();
    const reports = await call(["read"], exportFileRoute, `/api/exports/reports.csv?article=${article.id}`, { file: "reports.csv" });
    expect(reports.status).toBe(200);
    expect(reports.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(reports.headers.get("link")).toBeNull();
    const tmx = await call(["read"], exportFileRoute, "/api/exports/corrections.tmx?pair=ru-en", { file: "corrections.tmx" });
    expect(tmx.headers.get("content-type")).toBe("application/x-tmx+xml; charset=utf-8");
    const glossary = await call(["read"], exportFileRoute, "/api/exports/glossary.csv", { file: "glossary.csv" });
    expect(glossary.status).toBe(200);
    expect((await glossary.text()).split("\n")[0]).toContain("source");
    expect((await call(["read"], exportFileRoute, "/api/exports/reports.csv?from=yesterday", { file: "reports.csv" })).status).toBe(400);
    const unknown = await call(["read"], exportFileRoute, "/api/exports/secrets.csv", { file: "secrets.csv" });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).message).toContain("corrections.tmx");
    expect((await call(["review"], exportFileRoute, "/api/exports/reports.csv", { file: "reports.csv" })).status).toBe(403);
  });
});
