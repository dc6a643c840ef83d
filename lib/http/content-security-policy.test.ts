import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isPagePath, newNonce, pagePolicy } from "./content-security-policy";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("runs only scripts with this response's nonce (and what they load), never inline handlers or eval", () => {
    const policy = directives(contentSecurityPolicy("abc123==", "/articles/x"));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("keeps staff pages and the sign-in form out of frames, and lets article pages be framed", () => {
    for (const path of ["/login", "/review", "/review/articles/a1", "/editor", "/admin/publishers", "/invite/t"]) {
      expect(directives(contentSecurityPolicy("n", path)).get("frame-ancestors"), path).toEqual(["'none'"]);
    }
    for (const path of ["/", "/articles/x", "/reviewers-guide"]) expect(directives(contentSecurityPolicy("n", path)).has("frame-ancestors"), path).toBe(false);
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy("n", "/")).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("n", "/", true)).toContain("'unsafe-eval'");
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("isPagePath", () => {
  it("takes pages and public files, not the API or the build's static files (proxy.ts's matcher)", () => {
    for (const path of ["/", "/articles/x", "/login", "/review/articles/a1", "/api", "/apis", "/widget.js"]) expect(isPagePath(path), path).toBe(true);
    for (const path of ["/api/reports", "/api/health", "/_next/static/chunks/a.js", "/_next/image", "/favicon.ico"]) expect(isPagePath(path), path).toBe(false);
  });
});

describe("pagePolicy", () => {
  it("names its own new nonce in the page's policy", () => {
    const [first, second] = [pagePolicy("/review"), pagePolicy("/review")];
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.policy).toBe(contentSecurityPolicy(first.nonce, "/review"));
  });
});
