import { AsyncLocalStorage } from "node:async_hooks";
import type http from "node:http";
import { Readable } from "node:stream";
import { EVERY_RESPONSE_HEADERS } from "./response-headers.mjs";

/**
 * Routes the server (scripts/server.ts) hands straight to their handler, past Next's router: only a public route
 * that is hit hard and needs nothing of Next's request scope (cookies(), headers(), a session) belongs here. For
 * POST /api/reports Next's routing and its web streams were about a third of the server's CPU per report. The route
 * stays a Next route (`next dev`, the OpenAPI registry) and registers its handler when Next first loads it, so the
 * first request of a process goes through Next and the rest come here, to the same function in the same module.
 */
type Handler = (request: Request) => Promise<Response>;

// On globalThis: the server script and Next's bundle each load their own copy of this module.
const slot = globalThis as unknown as { errataDirectRoutes?: { handlers: Map<string, Handler>; after: AsyncLocalStorage<Array<() => unknown>> } };
const shared = (slot.errataDirectRoutes ??= { handlers: new Map(), after: new AsyncLocalStorage() });

/** Called by a route module: requests for `method path` (no other path) go straight to `handler` from now on. */
export function serveDirectly(method: string, path: string, handler: Handler): void {
  shared.handlers.set(`${method} ${path}`, handler);
}

/** The handler registered for this request, if any. */
export function directRoute(method: string | undefined, pathname: string): Handler | undefined {
  return shared.handlers.get(`${method} ${pathname}`);
}

/**
 * Answers a Node request with a registered handler, as Next would call it: the URL Next gives routes, the headers
 * with X-Forwarded-For filled from the connection when missing (as Next fills it: rate limits count clients by it),
 * the body streamed (so a route's body cap stops reading as soon as it is passed). Work queued with
 * afterDirectResponse runs once the answer has gone.
 */
export async function serveDirect(handler: Handler, request: http.IncomingMessage, response: http.ServerResponse, server: { hostname?: string; port: number }): Promise<void> {
  const after: Array<() => unknown> = [];
  response.once("close", () => after.forEach((task) => task()));
  const answer = await shared.after.run(after, () => handler(toWebRequest(request, server)));
  await sendWebResponse(answer, response);
}

/** Runs `task` once the current direct request's answer has gone; false outside one (Next's after() is for those). */
export function afterDirectResponse(task: () => unknown): boolean {
  const after = shared.after.getStore();
  after?.push(task);
  return after !== undefined;
}

export function toWebRequest(request: http.IncomingMessage, server: { hostname?: string; port: number }): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else value?.forEach((item) => headers.append(name, item));
  }
  if (!headers.has("x-forwarded-for") && request.socket.remoteAddress) headers.set("x-forwarded-for", request.socket.remoteAddress);
  const protocol = headers.get("x-forwarded-proto")?.includes("https") ? "https" : "http";
  const url = `${protocol}://${server.hostname ?? "localhost"}:${server.port}${request.url ?? "/"}`;
  const method = request.method ?? "GET";
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers });
  return new Request(url, { method, headers, body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: "half" } as RequestInit);
}

/** Writes a web Response to a Node response, with the headers next.config.mjs gives every response Next serves. */
export async function sendWebResponse(answer: Response, response: http.ServerResponse): Promise<void> {
  const headers = Object.fromEntries(answer.headers);
  for (const { key, value } of EVERY_RESPONSE_HEADERS) headers[key.toLowerCase()] ??= value;
  response.writeHead(answer.status, headers);
  response.end(Buffer.from(await answer.arrayBuffer()));
}
