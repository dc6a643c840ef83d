import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiRoute } from "./handle";

const APP = "https://errata.example";

function request(method: string, headers: Record<string, string>): Request {
  return new Request(`${APP}/api/corrections/c1`, { method, headers, body: method === "GET" ? undefined : '{"action":"approve"}' });
}

/** The status a wrapped route answers, and whether its handler ran. */
async function call(method: string, headers: Record<string, string>): Promise<{ status: number; ran: boolean }> {
  let ran = false;
  const route = apiRoute(async () => {
    ran = true;
    return new Response(null, { status: 204 });
  });
  const response = await route(request(method, headers), {});
  return { status: response.status, ran };
}

const JSON_TYPE = { "content-type": "application/json" };

describe("apiRoute: cross-site requests and non-JSON bodies never reach a handler", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("runs a JSON request from Errata's own page, and from outside a browser", async () => {
    expect(await call("POST", { ...JSON_TYPE, origin: APP, "sec-fetch-site": "same-origin" })).toEqual({ status: 204, ran: true });
    expect(await call("POST", { ...JSON_TYPE, "content-type": "application/json; charset=utf-8" })).toEqual({ status: 204, ran: true });
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
        expect(await call(method, { ...JSON_TYPE, ...headers }), `${method} ${JSON.stringify(headers)}`).toEqual({ status: 403, ran: false });
      }
    }
  });

  it("refuses the no-cors forgeries of the attack: a text/plain fetch and a text/plain or urlencoded form (403 cross-site, 415 otherwise)", async () => {
    expect(await call("POST", { "content-type": "text/plain", origin: "http://errata.example:8080", "sec-fetch-site": "same-site" })).toEqual({ status: 403, ran: false });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain; a=application/json"]) {
      expect(await call("POST", { "content-type": type, origin: APP }), type).toEqual({ status: 415, ran: false });
    }
    expect(await call("POST", {})).toEqual({ status: 415, ran: false });
  });

  it("accepts the public address in NEXTAUTH_URL and the Host a proxy forwarded as Errata's own", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://errata.news.example/");
    expect(await call("POST", { ...JSON_TYPE, origin: "https://errata.news.example" })).toEqual({ status: 204, ran: true });
    expect(await call("POST", { ...JSON_TYPE, origin: "https://internal:3000", host: "internal:3000" })).toEqual({ status: 204, ran: true });
  });

  it("lets reads through whatever their origin", async () => {
    expect(await call("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toEqual({ status: 204, ran: true });
  });
});

describe("API routes", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");
  // The report endpoints take posts from publishers' sites; lib/reports checks their allowed origins.
  // next-auth's own routes take forms and check its CSRF token.
  const PUBLIC = ["app/api/reports/route.ts", "app/api/reports/original/route.ts", "app/api/auth/[...nextauth]/route.ts"];

  function routeFiles(directory: string): string[] {
    return readdirSync(path.join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
      const file = path.posix.join(directory, entry.name);
      return entry.isDirectory() ? routeFiles(file) : entry.name === "route.ts" ? [file] : [];
    });
  }

  it("every state-changing handler outside the public ones is wrapped by apiRoute", () => {
    const files = routeFiles("app/api").filter((file) => !PUBLIC.includes(file));
    expect(files.length).toBeGreaterThan(3);
    const unwrapped = files.flatMap((file) => {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      return [...source.matchAll(/export\s+(?:async\s+function\s+|const\s+)(POST|PUT|PATCH|DELETE)\b(\s*=\s*apiRoute\()?/g)]
        .filter((match) => !match[2])
        .map((match) => `${file} ${match[1]}`);
    });
    expect(unwrapped).toEqual([]);
  });
});
