import { AsyncLocalStorage } from "node:async_hooks";

interface RequestContext {
  requestId: string;
}

// One store per process, kept on globalThis: the custom server (scripts/server.ts) and Next's server bundle each load
// their own copy of this module, and the id the server sets must be the one the app's log lines read.
const globalForLog = globalThis as unknown as { errataRequestContext?: AsyncLocalStorage<RequestContext> };
const store = (globalForLog.errataRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Runs `handle` with `requestId` as the id every log line written during it carries. */
export function withRequestId<T>(requestId: string, handle: () => T): T {
  return store.run({ requestId }, handle);
}

/** The id of the request being served, when there is one. */
export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}
