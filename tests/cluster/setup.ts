import { execFileSync } from "node:child_process";
import { buildIfNeeded } from "../../scripts/build.mjs";
import { freshDatabase } from "../../scripts/fresh-database";

/**
 * A fresh database for the suite's servers (a new SQLite file, or `<name>_cluster` on the PostgreSQL server of
 * DATABASE_URL), migrated; then the production build, reused when it is current (the e2e suite builds it too).
 */
export default async function setup() {
  const url = await freshDatabase("cluster");
  process.env.DATABASE_URL = url;
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db.ts", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  buildIfNeeded();
}
