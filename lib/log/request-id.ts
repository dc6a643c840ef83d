import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

// What a proxy or load balancer in front may send (UUIDs, hex, base64url, trace ids like "abc-123:1"): short and
// printable, so that an id never breaks a log line or carries anything else into it.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The incoming X-Request-Id when it is a plausible id, otherwise a new UUID. */
export function requestIdFrom(incoming: string | string[] | null | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && ACCEPTED.test(value) ? value : randomUUID();
}
