// Staff pages and the sign-in form are never shown inside another site's frame, so that no page can trick a
// signed-in editor into clicking "Approve" or an admin into "Deactivate" (clickjacking). Article pages may be.
const UNFRAMED = ["/login", "/invite/:path*", "/review/:path*", "/editor/:path*", "/admin/:path*"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with a 403 status.
  experimental: { authInterrupts: true },
  // az reads its dictionaries from node_modules at run time; keep these out of the server bundle.
  serverExternalPackages: ["az", "dictionary-en", "nspell", "better-sqlite3", "petrovich"],
  poweredByHeader: false,
  // The build type-checks what ships (not tests or benches), with the types in dependencies, so that a production
  // install (npm ci --omit=dev) builds; npm run typecheck checks everything.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      ...UNFRAMED.map((source) => ({
        source,
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      })),
    ];
  },
};

export default nextConfig;
