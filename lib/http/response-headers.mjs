// Headers every response carries: plain JavaScript, so that next.config.mjs (for what Next serves) and the server's
// direct routes (lib/http/direct-route.ts, which answer past Next) set the same ones.

/** @type {Array<{ key: string, value: string }>} */
export const EVERY_RESPONSE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];
