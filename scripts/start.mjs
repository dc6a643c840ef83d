// `npm start` (node scripts/start.mjs): apply pending migrations, run the bootstrap (starter glossary; the demo data
// once, unless ERRATA_DEMO=0) when it has not run for this schema, build when the sources changed since the last
// build, then serve on PORT (default 3000) in this same process: `npm start` is `exec node …`, so the process npm
// starts is the server itself, and SIGTERM/SIGINT reach it (it drains, closes the database and exits).
// Plain JavaScript, so that a start with nothing to do loads no TypeScript loader and no Prisma: two queries through
// the database driver (scripts/database-check.mjs), a stamp of the sources, then the server compiled by the build.
// The steps with work to do run as tsx child processes and are gone before the server starts.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseUrl } from "../lib/db/url.mjs";
import { buildIfNeeded, serverFile } from "./build.mjs";
import { checkDatabase, demoAccounts } from "./database-check.mjs";

const root = process.cwd();
const port = process.env.PORT || "3000";
const host = process.env.HOST;
const demo = process.env.ERRATA_DEMO !== "0";

function tsx(script, args = [], env = process.env) {
  execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), script, ...args], { stdio: "inherit", env });
}

/** NEXTAUTH_SECRET signs sessions; without one, each install gets its own random secret, kept in data/. */
function nextAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, "data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

Object.assign(process.env, {
  NEXTAUTH_SECRET: nextAuthSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
});

if (!fs.existsSync(path.join(root, "lib/db/generated/sqlite/client.ts"))) tsx("scripts/generate.ts");
const url = databaseUrl();
let database = await checkDatabase(url, { demo, root });
if (!database.migrationsCurrent) tsx("scripts/db.ts", ["deploy"]);
else console.log("Migrations: none pending.");
if (!database.migrationsCurrent || !database.bootstrapped) {
  tsx("scripts/bootstrap.ts");
  database = await checkDatabase(url, { demo, root });
}
if (demo && database.demoAccounts) {
  const { password, accounts } = demoAccounts(root);
  console.log(`\nDemo accounts (password: ${password}):`);
  for (const account of accounts) console.log(`  ${account.role.padEnd(8)} ${account.email}`);
  console.log("Set ERRATA_DEMO=0 to start with an empty database (do that in production).\n");
}

if (process.argv.includes("--no-build")) console.log("Skipping the build check (--no-build).");
else buildIfNeeded(process.env, root);
if (!fs.existsSync(serverFile(root))) {
  console.error("No build to serve: run `npm run build` (or `npm start` without --no-build).");
  process.exit(1);
}

process.env.NODE_ENV = "production";
const { serve } = await import(pathToFileURL(serverFile(root)).href);
await serve({ port: Number(port), hostname: host, shutdownTimeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS) || undefined });
