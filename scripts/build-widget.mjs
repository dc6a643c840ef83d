// Compiles widget/ (the embeddable report widget) to public/widget.js with esbuild: one minified file for
// browsers from 2020 on. The first step of `npm run build` (scripts/build.mjs), before `next build`, which serves
// public/ as it finds it. The file is rewritten only when its content changes, so that an unchanged widget does not
// change the build's source stamp.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Builds public/widget.js; its size, raw and gzipped, and whether the file changed. */
export async function buildWidget(root = process.cwd()) {
  const outfile = path.join(root, "public", "widget.js");
  const result = await build({
    entryPoints: [path.join(root, "widget", "index.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const changed = !fs.existsSync(outfile) || !fs.readFileSync(outfile).equals(code);
  if (changed) {
    fs.mkdirSync(path.dirname(outfile), { recursive: true });
    fs.writeFileSync(outfile, code);
  }
  return { raw: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, changed };
}
