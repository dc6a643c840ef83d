import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** Where the e2e server listens and which database it uses (its own, never the developer's). */
export function e2eEnvironment() {
  const baseURL = `http://localhost:${E2E_PORT}`;
  const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:${path.join(process.cwd(), "data", "e2e.db")}`;
  return {
    baseURL,
    databaseUrl,
    server: {
      PORT: String(E2E_PORT),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      ERRATA_DEMO: "1",
      // Generous report limits for the suite (every test reports from 127.0.0.1); the rate-limit test sets its
      // own on the publisher it creates.
      ERRATA_REPORT_LIMITS: "1000/1m",
      // Every test signs in from 127.0.0.1; the per-account limit stays at its default (a test checks it).
      ERRATA_SIGNIN_CLIENT_LIMITS: "1000/1m",
      // The webhook test's receiver listens on 127.0.0.1, which webhooks may not reach otherwise (SSRF).
      WEBHOOK_ALLOW_PRIVATE_URLS: "1",
    },
  };
}
