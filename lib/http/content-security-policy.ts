/** Pages no other site may show in a frame, so that nobody is tricked into clicking "Approve" or "Deactivate". */
const UNFRAMED_PAGES = /^\/(login|invite|review|editor|admin|account)(\/|$)/;

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
