import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sourceStamp, stampFile as stampFileOf } from "./build-stamp";

/**
 * Runs `next build` unless .next holds a build of the current sources (npm start, and the test suites that
 * start servers, share one build).
 */
export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): void {
  const stampFile = stampFileOf(root);
  const stamp = sourceStamp(root);
  const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;
  if (built) return;
  console.log("Building the app (first start, or the sources changed)…");
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(stampFile, stamp);
}
