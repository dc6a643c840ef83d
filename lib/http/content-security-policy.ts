/** Pages no other site may show in a frame, so that nobody is tricked into clicking "Approve" or "Deactivate". */
const UNFRAMED_PAGES = /^\/(login|invite|review|editor|admin|account)(\/|$)/;

/**
 * Whether a path is a page's, which gets a policy: not the API (JSON) and not the build's static files. The same
 * paths as proxy.ts's matcher, which gives the policy in `next dev`.
 */
export function isPagePath(pathname: string): boolean {
  return !/^\/(api\/|_next\/static|_next\/image|favicon\.ico)/.test(pathname);
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The Content-Security-Policy of a page: only scripts carrying this response's nonce run (Next puts it on its
 * own scripts when it finds it in the request's policy), and what they load ('strict-dynamic'); no plugins, no
 * <base> elsewhere, forms post only here. Styles may be inline: React sets style attributes, which a nonce
 * cannot cover, and CSS cannot run code. Article pages may be framed (publishers show them); staff pages not.
 * Development needs 'unsafe-eval' for React's debugging.
 */
export function contentSecurityPolicy(nonce: string, pathname: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(UNFRAMED_PAGES.test(pathname) ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/** A new nonce and the policy that names it, for one page response. */
export function pagePolicy(pathname: string, development = false): { nonce: string; policy: string } {
  const nonce = newNonce();
  return { nonce, policy: contentSecurityPolicy(nonce, pathname, development) };
}
