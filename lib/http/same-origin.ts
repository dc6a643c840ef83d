import { UserError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether a request may change something (POST, PUT, PATCH, DELETE…): only those need the checks below. */
export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * Errata's own origins: the one the request came to (its URL, and its Host header when a proxy in front
 * rewrote the URL) and the public one in NEXTAUTH_URL.
 */
export function ownOrigins(request: Request): string[] {
  const url = new URL(request.url);
  const origins = [url.origin];
  const host = request.headers.get("host");
  if (host) origins.push(`${url.protocol}//${host.toLowerCase()}`);
  if (process.env.NEXTAUTH_URL) origins.push(new URL(process.env.NEXTAUTH_URL).origin);
  return origins;
}

/**
 * Refuses (403) a state-changing request that a browser sent from another page than Errata's own: another
 * site, or a sibling subdomain or port of the same site, which SameSite cookies do not stop. Browsers send
 * Origin with every POST, PUT, PATCH and DELETE, and Sec-Fetch-Site with every request; a request with
 * neither comes from outside a browser (a script with its own credentials), which is no forgery.
 */
export function assertSameOrigin(request: Request): void {
  if (!isStateChanging(request.method)) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  // "none": the person typed or bookmarked the address themselves; no page asked for it.
  const siteRefused = fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = request.headers.get("origin");
  const originRefused = origin !== null && !ownOrigins(request).includes(origin.toLowerCase());
  if (siteRefused || originRefused) {
    throw new UserError("This request came from another site's page; Errata accepts changes only from its own pages.", 403);
  }
}

/**
 * Refuses (415) a POST, PUT or PATCH whose body is not declared JSON: a form or a text/plain fetch, which need no
 * CORS preflight, cannot reach the API. A DELETE says everything in its address and needs no body.
 */
export function assertJsonBody(request: Request): void {
  if (!isStateChanging(request.method) || request.method.toUpperCase() === "DELETE") return;
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") throw new UserError("Send the body as JSON (Content-Type: application/json).", 415);
}
