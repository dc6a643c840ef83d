import { execFileSync } from "node:child_process";
import path from "node:path";
import { databaseUrl } from "@/lib/db/url.mjs";
import { checkDatabase } from "./database-check.mjs";

/**
 * Applies pending migrations (quietly), so command-line tools work on a fresh checkout too. With nothing pending
 * it never starts the schema engine, which would need SQLite to itself and so fail beside a running server.
 */
export async function ensureDatabase(): Promise<void> {
  if ((await checkDatabase(databaseUrl(), { demo: false })).migrationsCurrent) return;
  execFileSync(process.execPath, [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
}
