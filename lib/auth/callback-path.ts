const BASE = "http://errata.invalid";

/**
 * Where the sign-in form may send someone afterwards: a path on this site, never another site. callbackUrl
 * may be a full URL (the proxy puts one there) or whatever a link says; only its path, query and hash are kept,
 * and a path that a browser reads as another host ("//evil.example", which "/.//evil.example" and
 * "http://x//evil.example" normalise to) falls back to the default.
 */
export function safeCallbackPath(value: string | string[] | undefined, fallback = "/review"): string {
  if (typeof value !== "string" || !value) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return new URL(path, BASE).origin === BASE ? path : fallback;
}
