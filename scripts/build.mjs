// `npm run build` (node scripts/build.mjs): the widget, Next's production build, and the server script compiled for
// `npm start`; then the stamp of the sources it built, so that `npm start` builds again only when they change.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildWidget } from "./build-widget.mjs";

const INPUTS = ["app", "components", "lib", "public", "types", "widget", "proxy.ts", "instrumentation.ts", "scripts/server.ts", "scripts/build.mjs", "next.config.mjs", "package.json", "postcss.config.mjs", "tsconfig.json"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

/** A fingerprint of everything the build reads (paths, sizes, modification times): cheap, and enough. */
export function sourceStamp(root = process.cwd()) {
  const hash = crypto.createHash("sha256");
  const visit = (relative) => {
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

/** The server script `npm start` imports (scripts/server.ts compiled): in .next, so that each build brings its own. */
export const serverFile = (root = process.cwd()) => path.join(root, ".next", "errata", "server.mjs");
const stampFile = (root) => path.join(root, ".next", "errata-source-stamp");

/** True when .next holds a complete build of the current sources. */
export function isBuilt(root = process.cwd()) {
  const file = stampFile(root);
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(serverFile(root)) && fs.existsSync(file) && fs.readFileSync(file, "utf8") === sourceStamp(root);
}

/**
 * esbuild's options for scripts/server.ts as one ES module: the app's few files it imports bundled in, packages left
 * to node_modules. A plain `node` then runs it: no TypeScript loader in the server process.
 */
export function serverBuildOptions(root = process.cwd()) {
  return {
    entryPoints: [path.join(root, "scripts", "server.ts")],
    outfile: serverFile(root),
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  };
}

async function compileServer(root) {
  const { build } = await import("esbuild");
  await build(serverBuildOptions(root));
}

export async function build(env = process.env, root = process.cwd()) {
  const widget = await buildWidget(root);
  console.log(`public/widget.js: ${widget.raw} bytes, ${widget.gzipped} gzipped${widget.changed ? "" : " (unchanged)"}`);
  const stamp = sourceStamp(root); // after the widget, one of the inputs; before the build, so that an edit made meanwhile counts
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  await compileServer(root);
  fs.writeFileSync(stampFile(root), stamp);
}

/**
 * Builds unless .next holds a build of the current sources (`npm start`, and the suites and benches that start
 * servers, share one). In a child process, so that what the build loads (esbuild's service too) is not left in the
 * caller: for `npm start`, the server.
 */
export function buildIfNeeded(env = process.env, root = process.cwd()) {
  if (isBuilt(root)) return false;
  console.log("Building the app (first start, or the sources changed)…");
  execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit", env });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await build();
