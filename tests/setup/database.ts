import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Gives the db tests a real, freshly migrated database: a new SQLite file unless DATABASE_URL is set
 * (CI sets it to a throwaway PostgreSQL server for the second run).
 */
export default function setup() {
  let cleanup = () => {};
  if (!process.env.DATABASE_URL) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-db-test-"));
    process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  }
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db.ts", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  return cleanup;
}
