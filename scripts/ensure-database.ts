import { execFileSync } from "node:child_process";
import path from "node:path";

/** Applies pending migrations (quietly), so command-line tools work on a fresh checkout too. */
export function ensureDatabase(): void {
  execFileSync(process.execPath, [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
}
