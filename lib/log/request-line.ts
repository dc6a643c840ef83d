import type { Logger } from "pino";

export interface ServedRequest {
  method: string;
  /** The request target as received (path and query). */
  url: string;
  status: number;
  durationMs: number;
  /** The client went away before the whole response was sent. */
  aborted?: boolean;
}

// Parts of a path that are secrets: an invitation link's token signs its holder up.
const SECRET_SEGMENTS: [RegExp, string][] = [[/^\/invite\/[^/?#]+/, "/invite/[token]"]];

/** The path to log: no query string (it can carry emails or tokens), secret segments masked. */
export function loggedPath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] || "/";
  return SECRET_SEGMENTS.reduce((masked, [pattern, replacement]) => masked.replace(pattern, replacement), path);
}

/** One line per request served: method, path, status, duration (ms, to 0.1). Server errors log at error level. */
export function logRequest(logger: Logger, request: ServedRequest): void {
  const fields = {
    method: request.method,
    path: loggedPath(request.url),
    status: request.status,
    durationMs: Math.round(request.durationMs * 10) / 10,
    ...(request.aborted ? { aborted: true } : {}),
  };
  if (request.status >= 500) logger.error(fields, "request");
  else logger.info(fields, "request");
}
