import { EVERY_RESPONSE_HEADERS } from "./lib/http/response-headers.mjs";

// Staff pages and the sign-in form are never shown inside another site's frame, so that no page can trick a
// signed-in editor into clicking "Approve" or an admin into "Deactivate" (clickjacking). Article pages may be.
// X-Frame-Options for older browsers; the Content-Security-Policy (frame-ancestors, scripts by nonce) comes
// from scripts/server.ts (proxy.ts under `next dev`), which makes a new nonce for every response.
const UNFRAMED = ["/login", "/invite/:path*", "/review/:path*", "/editor/:path*", "/admin/:path*"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403 status.
    authInterrupts: true,
    // The import form sends both sides, up to 1 MB each (MAX_SIDE_BYTES), or an XLIFF file of up to 3 MB
    // (MAX_XLIFF_BYTES), plus a few short fields: 3 MB + 64 KB. Next's default (1 MB) refused a pair of two 600 KB
    // sides with a 500.
    serverActions: { bodySizeLimit: "3136kb" },
    // Load a route's code on its first request rather than every route at start: each API route's server chunk
    // carries its own ~1 MB copy of the shared code (next-auth, zod, the Prisma clients), so preloading all of them
    // held ~30 MB more at idle. The first request to a route pays its load once (tens of ms).
    preloadEntriesOnStart: false,
  },
  // az reads its dictionaries from node_modules at run time; keep these out of the server bundle. The others are
  // loaded once from node_modules instead of a copy in every route's server chunk (see preloadEntriesOnStart).
  serverExternalPackages: ["az", "dictionary-en", "nspell", "better-sqlite3", "petrovich", "zod", "next-auth", "jose", "openid-client", "bcryptjs"],
  poweredByHeader: false,
  // The build type-checks what ships (not tests or benches), with the types in dependencies, so that a production
  // install (npm ci --omit=dev) builds; npm run typecheck checks everything.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: EVERY_RESPONSE_HEADERS,
      },
      ...UNFRAMED.map((source) => ({
        source,
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
        ],
      })),
    ];
  },
};

export default nextConfig;
