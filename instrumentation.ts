import type { Instrumentation } from "next";

// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { dropUntrustedForwardedFor } = await import("@/lib/rate-limit/forwarded-for");
  dropUntrustedForwardedFor();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Mail and webhook deliveries wait in the database until this sends them (retries, and whatever a stopped
  // process left); scripts/server.ts stops it before closing the database.
  // Each run also prunes a batch of the webhook log's old delivered rows (WEBHOOK_DELIVERY_LOG_DAYS).
  const [{ startOutboxDispatcher }, { deliverQueuedMail }, { deliverDueWebhooks, pruneDeliveredWebhooks }] = await Promise.all([import("@/lib/outbox"), import("@/lib/mail"), import("@/lib/webhooks")]);
  const webhooks = async () => [await deliverDueWebhooks(), await pruneDeliveredWebhooks()];
  startOutboxDispatcher({ mail: () => deliverQueuedMail(), webhooks }, Number(process.env.OUTBOX_POLL_MS) || undefined);
  // Background jobs (bulk approvals, re-runs of the checks): stopped by scripts/server.ts, which requeues the one in hand.
  (await import("@/lib/jobs/runner")).startJobRunner(Number(process.env.JOBS_POLL_MS) || undefined);
}

/**
 * Errors Next catches itself (a page, layout or route that throws, a failed server action) as one JSON log line,
 * with the request id the server gave the request. Errors the API and action wrappers turn into answers are logged
 * there (lib/http, lib/actions).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logError, loggedPath } = await import("@/lib/log");
  const requestId = request.headers["x-request-id"];
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  logError(error, { requestId, method: request.method, path: loggedPath(request.path), routePath: context.routePath, routeType: context.routeType, digest });
};
