// The HTTP server `npm start` runs: Next's request handler inside a plain Node server, so that one place sees every
// request (pages, API routes, server actions, static files) from start to finish. That is where the request id is
// settled and one log line per request is written, with its real status and duration, and where shutdown is
// ordered: stop taking connections, let in-flight requests and `after()` work finish, then close the database.
import http from "node:http";
import { performance } from "node:perf_hooks";
import next from "next";
import { closeDb } from "@/lib/db/process-client";
import { stopJobRunner } from "@/lib/jobs/process-runner";
import { stopOutboxDispatcher } from "@/lib/outbox/dispatcher";
import { directRoute, sendWebResponse, serveDirect } from "@/lib/http/direct-route";
import { isPagePath, pagePolicy } from "@/lib/http/content-security-policy";
import { brokenAddressRefusal } from "@/lib/http/early-refusal";
import { getLogger, logError, logRequest, REQUEST_ID_HEADER, requestIdFrom, withRequestId } from "@/lib/log";

export interface ServeOptions {
  port: number;
  hostname?: string;
  /** How long in-flight requests may take to finish after SIGTERM/SIGINT before they are cut (ms). */
  shutdownTimeoutMs?: number;
}

export async function serve({ port, hostname, shutdownTimeoutMs = 25_000 }: ServeOptions): Promise<void> {
  const logger = getLogger();
  const app = next({ dev: false, dir: process.cwd(), port, hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  let draining = false;

  const server = http.createServer((request, response) => {
    const started = performance.now();
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId; // what the app (and onRequestError) sees
    response.setHeader("X-Request-Id", requestId); // before Next starts sending
    if (draining) response.setHeader("Connection", "close");
    response.once("close", () => {
      logRequest(logger, { method: request.method ?? "?", url: request.url ?? "/", status: response.statusCode, durationMs: performance.now() - started, aborted: !response.writableFinished });
    });
    // The API is outside the proxy (lib/http reads its bodies as they stream), so its broken addresses are
    // refused here, before Next's router would throw a 500 decoding them.
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const refused = brokenAddressRefusal(pathname);
    if (refused) return void sendWebResponse(refused, response);
    // Each page's Content-Security-Policy and its nonce, set here rather than in proxy.ts: running Next's proxy
    // cost ~1 ms of CPU per view of the article page. Next reads the nonce from the request's policy and puts it on
    // its scripts. Set on every page request, so that a policy or an x-nonce a client sends never gets through;
    // proxy.ts leaves a request with an x-nonce alone (it still gates staff pages and checks server actions' origin).
    if (isPagePath(pathname)) {
      const { nonce, policy } = pagePolicy(pathname);
      request.headers["x-nonce"] = nonce;
      request.headers["content-security-policy"] = policy;
      response.setHeader("Content-Security-Policy", policy);
    }
    // A route that registered itself to be served past Next's router (lib/http/direct-route.ts: reader reports).
    const direct = directRoute(request.method, pathname);
    withRequestId(requestId, () => (direct ? serveDirect(direct, request, response, { hostname, port }) : handle(request, response))).catch((error: unknown) => {
      withRequestId(requestId, () => logError(error, { method: request.method, url: request.url }));
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });

  const shutdown = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const deadline = setTimeout(() => {
      logger.error({ timeoutMs: shutdownTimeoutMs }, "shutdown: requests still running at the deadline were cut");
      server.closeAllConnections();
      process.exit(1);
    }, shutdownTimeoutMs);
    // Keep-alive connections that go idle while we drain would otherwise hold close() open.
    const idle = setInterval(() => server.closeIdleConnections(), 250);
    server.close(async () => {
      clearInterval(idle);
      try {
        await app.close(); // runs pending after() callbacks
        await stopJobRunner(); // the job in hand goes back to the queue after its current item
        await stopOutboxDispatcher(); // lets a delivery in flight finish: what it leaves is sent after the restart
        await closeDb();
        logger.info("shut down");
        clearTimeout(deadline);
        process.exit(0);
      } catch (error) {
        logError(error, {}, "shutdown failed");
        process.exit(1);
      }
    });
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  logger.info({ port, hostname: hostname ?? "all interfaces" }, "listening");
}
