import http from "node:http";
import { trustedProxyHops, type Env } from "./client";

/**
 * With no trusted proxy in front, drops the X-Forwarded-For a client sent, as each request arrives: Next.js
 * keeps a client's own header and fills it from the connection only when it is missing, so without this a
 * reader could pick their own address and slip past the per-client limits. Called once, from instrumentation.ts.
 */
export function dropUntrustedForwardedFor(env: Env = process.env): void {
  if (trustedProxyHops(env) > 0) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") delete (args[0] as http.IncomingMessage).headers["x-forwarded-for"];
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
