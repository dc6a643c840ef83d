import { describe, expect, it } from "vitest";
import { GET as readRevision } from "@/app/api/articles/[id]/revisions/[number]/route";
import { GET as listFlags } from "@/app/api/articles/[id]/flags/route";
import { GET as readArticle } from "@/app/api/articles/[id]/route";
import { GET as listCorrections } from "@/app/api/corrections/route";
import { GET as readCorrection } from "@/app/api/corrections/[id]/route";
import { GET as listReports } from "@/app/api/reports/route";
import { GET as readReport, POST as triage } from "@/app/api/reports/[id]/route";
import { createApiToken } from "@/lib/api-tokens";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { createReport } from "@/lib/reports";
import { currentText, editChange, importMangled } from "./correction-fixtures";
import { createTestUser } from "./factories";

const APP = "http://errata.test";

async function setUp() {
  const [reviewer, editor] = [await createTestUser("REVIEWER"), await createTestUser("EDITOR")];
  const article = await importMangled(reviewer);
  const correction = await createCorrection(reviewer, await editChange(article.id, "in summer", "this summer"));
  await approveCorrection(editor, { correctionId: correction.id });
  const { token } = await createApiToken(reviewer, { name: "rest", scopes: ["read", "review"] });
  const call = async (route: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>, path: string, params: Record<string, string> = {}, body?: unknown) => {
    const init: RequestInit = body === undefined ? {} : { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
    const response = await route(new Request(`${APP}${path}`, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } }), { params: Promise.resolve(params) });
    return { status: response.status, body: await response.json() };
  };
  return { article, correction, call };
}

describe("REST API: articles with their texts, revisions, flags, corrections, reports", () => {
  it("an article comes with its current text; any revision with its own", async () => {
    const { article, call } = await setUp();
    const current = await call(readArticle, `/api/articles/${article.id}`, { id: article.id });
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ id: article.id, currentRevision: 2, source: article.sourceText });
    expect(current.body.text).toContain("this summer");
    const first = await call(readRevision, `/api/articles/${article.id}/revisions/1`, { id: article.id, number: "1" });
    expect(first.body).toMatchObject({ number: 1, origin: "import" });
    expect(first.body.text).toContain("in summer");
    expect(first.body.text).not.toContain("this summer");
  });

  it("errors are JSON with a stable code: 404 not_found, 400 invalid_request with the field", async () => {
    const { article, call } = await setUp();
    expect(await call(readArticle, "/api/articles/nope", { id: "nope" })).toMatchObject({ status: 404, body: { code: "not_found", message: "No article with that id." } });
    expect(await call(readRevision, `/api/articles/${article.id}/revisions/9`, { id: article.id, number: "9" })).toMatchObject({ status: 404, body: { code: "not_found" } });
    const bad = await call(readRevision, `/api/articles/${article.id}/revisions/x`, { id: article.id, number: "x" });
    expect(bad).toMatchObject({ status: 400, body: { code: "invalid_request", issues: [expect.objectContaining({ path: "number" })] } });
  });

  it("corrections: listed by status and article, read one with its sentences and the revision it made", async () => {
    const { article, correction, call } = await setUp();
    const approved = await call(listCorrections, `/api/corrections?status=APPROVED&article=${article.id}`);
    expect(approved.body.corrections.map((c: { id: string }) => c.id)).toEqual([correction.id]);
    expect((await call(listCorrections, `/api/corrections?status=PENDING&article=${article.id}`)).body.corrections).toEqual([]);
    const one = await call(readCorrection, `/api/corrections/${correction.id}`, { id: correction.id });
    expect(one.body).toMatchObject({ id: correction.id, status: "APPROVED", resultRevision: 2 });
    expect(one.body.sentences[0].after).toContain("this summer");
  });

  it("flags of the current revision, filtered by check and status", async () => {
    const { article, call } = await setUp();
    const all = (await call(listFlags, `/api/articles/${article.id}/flags`, { id: article.id })).body.flags as { check: string; status: string }[];
    expect(all.length).toBeGreaterThan(1);
    const check = all[0].check;
    const filtered = (await call(listFlags, `/api/articles/${article.id}/flags?check=${check}&status=OPEN`, { id: article.id })).body.flags as { check: string; status: string }[];
    expect(filtered.length).toBe(all.filter((f) => f.check === check && f.status === "OPEN").length);
    expect(filtered.every((f) => f.check === check)).toBe(true);
  });

  it("reports: listed by status, read, and triaged with a review token", async () => {
    const { article, call } = await setUp();
    const { text, number } = await currentText(article.id);
    const at = text.lastIndexOf("Askara Umarova");
    const passage = { selection: "Askara Umarova", start: at, end: at + 14, contextBefore: text.slice(at - 40, at), contextAfter: text.slice(at + 14, at + 54) };
    const report = await createReport({ article: article.slug, revision: number, ...passage, comment: "wrong case" }, { clientHash: `rest-${article.id}`, crossOrigin: null });
    const inbox = await call(listReports, `/api/reports?article=${article.id}`);
    expect(inbox.body.reports.map((r: { id: string }) => r.id)).toContain(report.id);
    expect(inbox.body).toMatchObject({ page: 1, nextPage: null });
    expect(inbox.body.reports[0]).not.toHaveProperty("email");
    expect((await call(readReport, `/api/reports/${report.id}`, { id: report.id })).body).toMatchObject({ id: report.id, status: "NEW", comments: ["wrong case"] });
    expect(await call(triage, `/api/reports/${report.id}`, { id: report.id }, { status: "ACCEPTED" })).toMatchObject({ status: 200, body: { status: "ACCEPTED" } });
    expect((await call(listReports, `/api/reports?status=ACCEPTED&article=${article.id}`)).body.reports.map((r: { id: string }) => r.id)).toEqual([report.id]);
  });
});
