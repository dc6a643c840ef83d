// `npm start`: migrate the database, load the starter glossary and (once, unless ERRATA_DEMO=0) the demo data,
// build when the sources changed since the last build, then serve on PORT (default 3000) in this same process
// (scripts/server.ts), so SIGTERM/SIGINT reach the server itself: it drains, closes the database and exits.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed";

const root = process.cwd();
const port = process.env.PORT || "3000";
const host = process.env.HOST;
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");

function run(script: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  execFileSync(process.execPath, [tsx, script, ...args], { stdio: "inherit", env });
}

/** NEXTAUTH_SECRET signs sessions; without one, each install gets its own random secret, kept in data/. */
function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, "data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXTAUTH_SECRET: nextAuthSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

if (!fs.existsSync(path.join(root, "lib/db/generated/sqlite/client.ts"))) run("scripts/generate.ts");
run("scripts/db.ts", ["deploy"], env);
run("scripts/bootstrap.ts", [], env);
run("scripts/build-widget.ts"); // public/widget.js, before the build check (next build serves public/ as it finds it)
if (process.argv.includes("--no-build")) console.log("Skipping the build check (--no-build).");
else buildIfNeeded(env);

Object.assign(process.env, env, { NODE_ENV: "production" });
const { serve } = await import("./server");
await serve({ port: Number(port), hostname: host, shutdownTimeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS) || undefined });
