import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const INPUTS = ["app", "components", "lib", "public", "types", "widget", "proxy.ts", "instrumentation.ts", "next.config.mjs", "package.json", "postcss.config.mjs", "tsconfig.json"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

/** A fingerprint of everything `next build` reads (paths, sizes, modification times): cheap, and enough. */
export function sourceStamp(root: string): string {
  const hash = crypto.createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) if (!SKIP.has(name)) visit(path.join(relative, name));
    } else if (!/\.test\.tsx?$/.test(relative)) {
      hash.update(`${relative}\u0000${stat.size}\u0000${stat.mtimeMs}\n`);
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

/** Where the stamp of the sources the last build saw is kept: `npm start` rebuilds when it differs. */
export const stampFile = (root: string) => path.join(root, ".next", "errata-source-stamp");

// `tsx scripts/build-stamp.ts`, the last step of `npm run build`: so that `npm run build && npm start` builds once.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) fs.writeFileSync(stampFile(process.cwd()), sourceStamp(process.cwd()));
