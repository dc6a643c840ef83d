import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { apiRoute, reply } from "./api-route";

const APP = "https://errata.example";

function request(method: string, headers: Record<string, string>): Request {
  return new Request(`${APP}/api/corrections/c1`, { method, headers, body: method === "GET" ? undefined : '{"action":"approve"}' });
}

/**
 * The status a wrapped route answers to a request without credentials: 401 once it has passed the origin and body
 * checks (the handler cannot run without a caller), 403 or 415 when those refuse it first.
 */
async function call(method: string, headers: Record<string, string>): Promise<{ status: number; code: string }> {
  const route = apiRoute({ method: "POST", path: "/api/corrections/{id}", tag: "Test", summary: "test", access: { role: "REVIEWER", scope: "review" }, responses: { 200: { description: "test", schema: z.object({}) } } }, async () => reply(200, {}));
  const response = await route(request(method, headers), {});
  return { status: response.status, code: (await response.json()).code };
}

const PASSED = { status: 401, code: "unauthenticated" };

const JSON_TYPE = { "content-type": "application/json" };

describe("apiRoute: cross-site requests and non-JSON bodies are refused before the caller is even looked up", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("runs a JSON request from Errata's own page, and from outside a browser", async () => {
    expect(await call("POST", { ...JSON_TYPE, origin: APP, "sec-fetch-site": "same-origin" })).toEqual(PASSED);
    expect(await call("POST", { ...JSON_TYPE, "content-type": "application/json; charset=utf-8" })).toEqual(PASSED);
  });

  it("refuses (403) a state-changing request from another origin, a sibling subdomain or port, or an opaque origin", async () => {
    const forged: Record<string, string>[] = [
      { origin: "https://evil.example" },
      { origin: "https://staging.errata.example", "sec-fetch-site": "same-site" },
      { origin: "https://errata.example:8443" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of forged) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        expect(await call(method, { ...JSON_TYPE, ...headers }), `${method} ${JSON.stringify(headers)}`).toEqual({ status: 403, code: "forbidden" });
      }
    }
  });

  it("refuses the no-cors forgeries of the attack: a text/plain fetch and a text/plain or urlencoded form (403 cross-site, 415 otherwise)", async () => {
    expect(await call("POST", { "content-type": "text/plain", origin: "http://errata.example:8080", "sec-fetch-site": "same-site" })).toEqual({ status: 403, code: "forbidden" });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain; a=application/json"]) {
      expect(await call("POST", { "content-type": type, origin: APP }), type).toEqual({ status: 415, code: "unsupported_media_type" });
    }
    expect(await call("POST", {})).toEqual({ status: 415, code: "unsupported_media_type" });
  });

  it("accepts the public address in NEXTAUTH_URL and the Host a proxy forwarded as Errata's own", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://errata.news.example/");
    expect(await call("POST", { ...JSON_TYPE, origin: "https://errata.news.example" })).toEqual(PASSED);
    expect(await call("POST", { ...JSON_TYPE, origin: "https://internal:3000", host: "internal:3000" })).toEqual(PASSED);
  });

  it("lets reads through whatever their origin", async () => {
    expect(await call("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toEqual(PASSED);
  });
});
