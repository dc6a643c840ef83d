// Compiles widget/ (the embeddable report widget) to public/widget.js with esbuild: one minified file for
// browsers from 2020 on. Runs before `next build` (npm run build, npm start), which serves public/ as is.
// The file is rewritten only when its content changes, so that an unchanged widget does not trigger a rebuild.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = process.cwd();
const outfile = path.join(root, "public", "widget.js");

export async function buildWidget(): Promise<{ raw: number; gzipped: number; changed: boolean }> {
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzipped, changed } = await buildWidget();
  console.log(`public/widget.js: ${raw} bytes, ${gzipped} gzipped${changed ? "" : " (unchanged)"}`);
}
