import { NextRequest, type NextFetchEvent } from "next/server";
import type { NextRequestWithAuth } from "next-auth/middleware";
import { describe, expect, it } from "vitest";
import proxy from "../proxy";

const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost${path}`, { headers, method: headers["next-action"] ? "POST" : "GET" }) as NextRequestWithAuth;
const event = {} as NextFetchEvent;

// Under `npm start`, scripts/server.ts sets each page's policy and marks the request with x-nonce; `next dev` has no
// server in front, so the proxy sets it there.
describe("proxy.ts and the page policy", () => {
  it("sets a page's policy and nonce when nothing in front did (next dev)", async () => {
    const response = await proxy(request("/articles/x"), event);
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
  });

  it("leaves the policy alone when the server in front set it (npm start)", async () => {
    const response = await proxy(request("/articles/x", { "x-nonce": "set-by-the-server" }), event);
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("x-middleware-request-x-nonce")).toBeNull();
  });

  it("still refuses a server action from another site's page when the server in front set the policy", async () => {
    const response = await proxy(request("/articles/x", { "x-nonce": "n", "next-action": "7f00", origin: "https://evil.example" }), event);
    expect(response.status).toBe(403);
  });
});
