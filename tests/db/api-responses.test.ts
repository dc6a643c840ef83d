import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as readRevision } from "@/app/api/articles/[id]/revisions/[number]/route";
import { GET as listRevisions } from "@/app/api/articles/[id]/revisions/route";
import { GET as listFlags } from "@/app/api/articles/[id]/flags/route";
import { GET as readArticle } from "@/app/api/articles/[id]/route";
import { GET as listArticles } from "@/app/api/articles/route";
import { GET as readCorrection } from "@/app/api/corrections/[id]/route";
import { GET as listCorrections } from "@/app/api/corrections/route";
import { GET as health } from "@/app/api/health/route";
import { GET as readReport, POST as triage } from "@/app/api/reports/[id]/route";
import { GET as listReports } from "@/app/api/reports/route";
import { createApiToken } from "@/lib/api-tokens";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import type { DeclaredRoute } from "@/lib/http";
import { createReport } from "@/lib/reports";
import { currentText, editChange, importMangled } from "./correction-fixtures";
import { createTestUser } from "./factories";

const APP = "http://errata.test";
type Route = DeclaredRoute<{ params: Promise<Record<string, string>> }>;

/**
 * The JSON a real handler answered must be what its route declares for that status (the schema the OpenAPI document
 * is built from): encoding it back to the handler's form (z.encode) checks every declared field and its type on the
 * wire's form, and encoding drops any field the schema does not declare, so the round trip must give the JSON back.
 */
function expectDeclared(route: Route, answer: { status: number; body: unknown }) {
  const schema = route.endpoint.responses[answer.status]?.schema;
  expect(schema, `${route.endpoint.method} ${route.endpoint.path} declares no schema for ${answer.status}`).toBeDefined();
  const parsed = z.safeEncode(schema!, answer.body as never);
  expect(parsed.error?.issues ?? [], `${route.endpoint.method} ${route.endpoint.path}`).toEqual([]);
  expect(JSON.parse(JSON.stringify(parsed.data))).toEqual(answer.body);
}

async function setUp() {
  const [reviewer, editor] = [await createTestUser("REVIEWER"), await createTestUser("EDITOR")];
  const article = await importMangled(reviewer);
  const correction = await createCorrection(reviewer, await editChange(article.id, "in summer", "this summer"));
  await approveCorrection(editor, { correctionId: correction.id });
  const { text } = await currentText(article.id);
  const at = text.indexOf("Shymkent");
  const report = await createReport({ article: article.slug, selection: "Shymkent", start: at, end: at + 8, contextBefore: text.slice(at - 30, at), contextAfter: text.slice(at + 8, at + 38), comment: "Chimkent?" }, { clientHash: `api-responses-${article.id}`, crossOrigin: null });
  const { token } = await createApiToken(reviewer, { name: "responses", scopes: ["read", "review"] });
  const call = async (route: Route, path: string, params: Record<string, string> = {}, body?: unknown) => {
    const init: RequestInit = body === undefined ? {} : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
    const response = await route(new Request(`${APP}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } }), { params: Promise.resolve(params) });
    const answer = { status: response.status, body: await response.json() };
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    expectDeclared(route, answer);
    return answer;
  };
  return { article, correction, report, call };
}

describe("the API answers what its OpenAPI document declares", () => {
  it("articles, their flags and revisions, corrections and reports, read and triaged, match their response schemas", async () => {
    const { article, correction, report, call } = await setUp();
    const id = { id: article.id };
    const list = await call(listArticles, `/api/articles?q=${encodeURIComponent(article.title.toLowerCase())}`);
    expect(list.body.articles.map((a: { id: string }) => a.id)).toEqual([article.id]);
    expect((await call(readArticle, `/api/articles/${article.id}`, id)).body.text).toContain("this summer");
    expect((await call(listFlags, `/api/articles/${article.id}/flags`, id)).body.flags.length).toBeGreaterThan(0);
    await call(listRevisions, `/api/articles/${article.id}/revisions`, id);
    await call(readRevision, `/api/articles/${article.id}/revisions/2`, { id: article.id, number: "2" });
    expect((await call(listCorrections, `/api/corrections?article=${article.id}`)).body.corrections).toHaveLength(1);
    await call(readCorrection, `/api/corrections/${correction.id}`, { id: correction.id });
    expect((await call(listReports, `/api/reports?article=${article.id}`)).body.reports).toHaveLength(1);
    await call(readReport, `/api/reports/${report.id}`, { id: report.id });
    expect((await call(triage, `/api/reports/${report.id}`, { id: report.id }, { status: "ACCEPTED" })).body.status).toBe("ACCEPTED");
  });

  it("health matches its schema", async () => {
    const response = await health(new Request(`${APP}/api/health`), {});
    expectDeclared(health as Route, { status: response.status, body: await response.json() });
  });

  it("a schema that does not fit the answer is caught: a missing, mistyped or undeclared field", () => {
    const route = { endpoint: { method: "GET", path: "/x", responses: { 200: { description: "x", schema: z.object({ n: z.number().int() }) } } } } as unknown as Route;
    for (const body of [{}, { n: "1" }, { n: 1, extra: true }]) expect(() => expectDeclared(route, { status: 200, body })).toThrow();
    expectDeclared(route, { status: 200, body: { n: 1 } });
  });
});
