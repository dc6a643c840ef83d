import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as decide } from "@/app/api/corrections/[id]/route";
import { GET as listArticles, POST as importRoute } from "@/app/api/articles/route";
import { createApiToken, MAX_ACTIVE_TOKENS, revokeApiToken, type ApiScope } from "@/lib/api-tokens";
import type { CurrentUser } from "@/lib/auth";
import { createCorrection } from "@/lib/corrections";
import { getDb, type Role } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { setUserActive } from "@/lib/users";
import { editChange, importMangled } from "./correction-fixtures";
import { createTestUser, uniquePair } from "./factories";

const APP = "http://errata.test";
const JSON_TYPE = { "content-type": "application/json" };

async function tokenFor(user: CurrentUser, scopes: ApiScope[]) {
  return (await createApiToken(user, { name: `test ${scopes.join("+")}`, scopes })).token;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (path: string, headers: Record<string, string>) => new Request(`${APP}${path}`, { headers });
const post = (path: string, headers: Record<string, string>, body: unknown) => new Request(`${APP}${path}`, { method: "POST", headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(body) });
const noContext = {};
const idContext = (id: string) => ({ params: Promise.resolve({ id }) });

async function answer(response: Response) {
  return { status: response.status, body: await response.json() };
}

describe("API tokens: the owner's role and the token's scopes, both", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("a read token lists articles but cannot import (403 insufficient_scope); an import token can", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const read = await tokenFor(reviewer, ["read"]);
    expect((await listArticles(get("/api/articles", bearer(read)), noContext)).status).toBe(200);

    const refused = await answer(await importRoute(post("/api/articles", bearer(read), uniquePair()), noContext));
    expect(refused).toMatchObject({ status: 403, body: { code: "insufficient_scope" } });

    const importer = await tokenFor(reviewer, ["import"]);
    const imported = await answer(await importRoute(post("/api/articles", bearer(importer), uniquePair()), noContext));
    expect(imported.status).toBe(201);
    expect(await getDb().article.findUnique({ where: { id: imported.body.id }, select: { importedById: true } })).toEqual({ importedById: reviewer.id });
  });

  it("a revoked token is refused at once (401 invalid_token), and so is an unknown or malformed one", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const created = await createApiToken(reviewer, { name: "to revoke", scopes: ["read"] });
    expect((await listArticles(get("/api/articles", bearer(created.token)), noContext)).status).toBe(200);
    await revokeApiToken(reviewer, { tokenId: created.id });
    expect(await answer(await listArticles(get("/api/articles", bearer(created.token)), noContext))).toMatchObject({ status: 401, body: { code: "invalid_token" } });
    expect((await listArticles(get("/api/articles", bearer(`errata_${"x".repeat(43)}`)), noContext)).status).toBe(401);
    expect((await listArticles(get("/api/articles", bearer("not-a-token")), noContext)).status).toBe(401);
  });

  it("a deactivated owner's tokens stop working (401)", async () => {
    const [admin, reviewer] = [await createTestUser("ADMIN"), await createTestUser("REVIEWER")];
    const token = await tokenFor(reviewer, ["read"]);
    await setUserActive(admin, { userId: reviewer.id, active: false });
    expect((await listArticles(get("/api/articles", bearer(token)), noContext)).status).toBe(401);
  });

  async function pendingCorrection() {
    const author = await createTestUser("REVIEWER");
    const article = await importMangled(author);
    return (await createCorrection(author, await editChange(article.id, "in summer", "this summer"))).id;
  }

  // Approving through the route sends mail with Next's after(), which needs a server: the e2e test (api.spec.ts)
  // approves with an editor's token. Here, approve is refused to a reviewer, and request-changes (also an editor's
  // decision) shows the same rule both ways.
  it("a reviewer's review token cannot approve (403): the role bounds the scope", async () => {
    const token = await tokenFor(await createTestUser("REVIEWER"), ["review"]);
    const correctionId = await pendingCorrection();
    expect((await decide(post(`/api/corrections/${correctionId}`, bearer(token), { action: "approve" }), idContext(correctionId))).status).toBe(403);
    expect((await getDb().correction.findUniqueOrThrow({ where: { id: correctionId } })).status).toBe("PENDING");
  });

  it.each<[Role, number, string]>([
    ["REVIEWER", 403, "PENDING"],
    ["EDITOR", 200, "CHANGES_REQUESTED"],
  ])("a review token of a %s sends a correction back: %i", async (role, status, after) => {
    const token = await tokenFor(await createTestUser(role), ["review"]);
    const correctionId = await pendingCorrection();
    const response = await decide(post(`/api/corrections/${correctionId}`, bearer(token), { action: "request-changes", comment: "Check the original." }), idContext(correctionId));
    expect(response.status).toBe(status);
    expect((await getDb().correction.findUniqueOrThrow({ where: { id: correctionId } })).status).toBe(after);
  });

  it("an editor's read token cannot approve (403 insufficient_scope): the scope bounds the role", async () => {
    const editor = await createTestUser("EDITOR");
    const correctionId = await pendingCorrection();
    const response = await answer(await decide(post(`/api/corrections/${correctionId}`, bearer(await tokenFor(editor, ["read", "import"])), { action: "approve" }), idContext(correctionId)));
    expect(response).toMatchObject({ status: 403, body: { code: "insufficient_scope" } });
  });

  it("a token request skips the cookie's same-origin check; a request without a token from another site is refused first", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const token = await tokenFor(reviewer, ["import"]);
    const foreign = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    expect((await importRoute(post("/api/articles", { ...foreign, ...bearer(token) }, uniquePair()), noContext)).status).toBe(201);
    expect(await answer(await importRoute(post("/api/articles", { ...foreign, cookie: "next-auth.session-token=x" }, uniquePair()), noContext))).toMatchObject({ status: 403, body: { code: "forbidden" } });
  });

  it("records use: lastUsedAt, an audit row per state-changing request, and rows for creation and revocation", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const created = await createApiToken(reviewer, { name: "audited", scopes: ["read", "import"] });
    await listArticles(get("/api/articles", bearer(created.token)), noContext);
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toBeInstanceOf(Date);
    await importRoute(post("/api/articles", bearer(created.token), uniquePair()), noContext);
    await revokeApiToken(reviewer, { tokenId: created.id });
    const rows = await getDb().auditEntry.findMany({ where: { entityType: "ApiToken", entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => row.action)).toEqual(["api_token.created", "api_token.used", "api_token.revoked"]);
    expect(rows[1].after).toEqual({ method: "POST", path: "/api/articles", status: 201 });
  });

  it("keeps only a hash: the token itself is nowhere in the database", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const created = await createApiToken(reviewer, { name: "hashed", scopes: ["read"] });
    expect(created.token).toMatch(/^errata_[A-Za-z0-9_-]{43}$/);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(Object.values(row)).not.toContain(created.token);
    expect(created.token.startsWith(row.prefix)).toBe(true);
  });

  it("rate limits per token (429 with Retry-After), another token of the same owner unaffected", async () => {
    vi.stubEnv("ERRATA_API_TOKEN_LIMITS", "2/1m");
    const reviewer = await createTestUser("REVIEWER");
    const [busy, other] = [await tokenFor(reviewer, ["read"]), await tokenFor(reviewer, ["read"])];
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await listArticles(get("/api/articles", bearer(busy)), noContext)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await listArticles(get("/api/articles", bearer(busy)), noContext);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await listArticles(get("/api/articles", bearer(other)), noContext)).status).toBe(200);
  });

  it("only the owner revokes a token (404 for anyone else's), and an account holds at most MAX_ACTIVE_TOKENS active ones", async () => {
    const [owner, other] = [await createTestUser("REVIEWER"), await createTestUser("ADMIN")];
    const first = await createApiToken(owner, { name: "first", scopes: ["read"] });
    await expect(revokeApiToken(other, { tokenId: first.id })).rejects.toMatchObject({ status: 404 });
    for (let i = 1; i < MAX_ACTIVE_TOKENS; i++) await createApiToken(owner, { name: `token ${i}`, scopes: ["read"] });
    const refused = await createApiToken(owner, { name: "one too many", scopes: ["read"] }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).status).toBe(409);
    await revokeApiToken(owner, { tokenId: first.id });
    expect((await createApiToken(owner, { name: "room again", scopes: ["read"] })).token).toMatch(/^errata_/);
  });
});
