import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { afterDirectResponse, directRoute, serveDirect, serveDirectly } from "./direct-route";
import { readJson } from "./read-body";

// A server that does what scripts/server.ts does with a registered route, on a port of its own.
let server: http.Server;
let base: string;
const events: string[] = [];

beforeAll(async () => {
  serveDirectly("POST", "/direct-test", async (request) => {
    try {
      const body = await readJson(request, { maxBytes: 64 });
      afterDirectResponse(() => events.push("after"));
      events.push("answered");
      return Response.json({ url: request.url, forwardedFor: request.headers.get("x-forwarded-for"), body }, { status: 201, headers: { "X-Test": "yes" } });
    } catch (error) {
      return Response.json({ error: String(error) }, { status: (error as { status?: number }).status ?? 500 });
    }
  });
  server = http.createServer((request, response) => {
    const handler = directRoute(request.method, new URL(request.url ?? "/", "http://localhost").pathname);
    if (!handler) return void response.writeHead(404).end();
    void serveDirect(handler, request, response, { port: (server.address() as AddressInfo).port });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("routes served past Next's router", () => {
  it("only the registered method and path", () => {
    expect(directRoute("POST", "/direct-test")).toBeTypeOf("function");
    expect(directRoute("GET", "/direct-test")).toBeUndefined();
    expect(directRoute("POST", "/direct-test/x")).toBeUndefined();
  });

  it("gives the handler Next's URL, the body, and X-Forwarded-For from the connection when the request has none", async () => {
    const response = await fetch(`${base}/direct-test?a=1`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ n: 1 }) });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-test")).toBe("yes");
    // What next.config.mjs gives every response Next serves.
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const answer = await response.json();
    expect(answer).toMatchObject({ url: `http://localhost:${new URL(base).port}/direct-test?a=1`, body: { n: 1 } });
    expect(answer.forwardedFor).toMatch(/127\.0\.0\.1$/);
    const forwarded = await fetch(`${base}/direct-test`, { method: "POST", headers: { "x-forwarded-for": "203.0.113.9" }, body: "{}" });
    expect((await forwarded.json()).forwardedFor).toBe("203.0.113.9");
  });

  it("streams the body, so a cap refuses a long chunked body", async () => {
    const chunks = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode(" ".repeat(1000)));
      },
    });
    const response = await fetch(`${base}/direct-test`, { method: "POST", body: chunks, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("refuses a body whose Content-Length is over the cap unread, and the connection serves the next request", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: string) =>
      new Promise<number>((resolve, reject) => {
        const request = http.request(`${base}/direct-test`, { method: "POST", agent, headers: { "content-length": Buffer.byteLength(body) } }, (response) => {
          response.resume().on("end", () => resolve(response.statusCode!));
        });
        request.on("error", reject).end(body);
      });
    expect(await send(JSON.stringify({ long: "x".repeat(10_000) }))).toBe(413);
    expect(await send("{}")).toBe(201);
    agent.destroy();
  });

  it("runs work queued with afterDirectResponse once the answer has gone; outside a direct request there is none", async () => {
    events.length = 0;
    await (await fetch(`${base}/direct-test`, { method: "POST", body: "{}" })).json();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(["answered", "after"]);
    expect(afterDirectResponse(() => undefined)).toBe(false);
  });
});
