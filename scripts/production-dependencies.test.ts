import { builtinModules } from "node:module";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * `npm ci --omit=dev && npm run build && npm start` must work: everything the running app, `npm start` and the
 * operators' CLIs import is in `dependencies`, and so are the types the production build checks.
 */
const ROOT = path.resolve(import.meta.dirname, "..");
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** What npm start and npm run build run (scripts they import or start as processes), the CLIs, and every file Next builds. */
const ENTRY_POINTS = [
  "scripts/start.mjs",
  "scripts/build.mjs",
  "scripts/server.ts",
  "scripts/db.ts",
  "scripts/bootstrap.ts",
  "scripts/generate.ts",
  "scripts/import.ts",
  "scripts/user-create.ts",
  "scripts/backup.ts",
  "scripts/restore.ts",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "prisma.config.ts",
  ...["app", "components", "widget"].flatMap((folder) => sourceFiles(folder)),
];

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The file a relative or "@/" import lands on, or null for a package. */
function localTarget(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base.replace(/\.js$/, ".ts")];
  return candidates.find((candidate) => fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) ?? base;
}

const packageName = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
const isBuiltin = (specifier: string) => specifier.startsWith("node:") || builtinModules.includes(packageName(specifier));

/** Every package imported, directly or through local files, from the entry points: package → one file importing it. */
function importedPackages(): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [...ENTRY_POINTS];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !fs.existsSync(path.join(ROOT, file)) || /\.(json|css)$/.test(file)) continue;
    seen.add(file);
    for (const { fileName: specifier } of ts.preProcessFile(fs.readFileSync(path.join(ROOT, file), "utf8"), true, true).importedFiles) {
      const local = localTarget(file, specifier);
      if (local) queue.push(local);
      else if (!isBuiltin(specifier)) packages.set(packageName(specifier), file);
    }
  }
  return packages;
}

/** A package that ships no types of its own is typed by @types/NAME. */
function typesPackage(name: string): string | null {
  const own = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { types?: string; typings?: string; exports?: unknown };
  if (own.types || own.typings || fs.existsSync(path.join(ROOT, "node_modules", name, "index.d.ts")) || JSON.stringify(own.exports ?? {}).includes(".d.")) return null;
  const typesName = `@types/${name.replace(/^@/, "").replace("/", "__")}`;
  return fs.existsSync(path.join(ROOT, "node_modules", typesName)) ? typesName : null;
}

describe("production install", () => {
  const packages = importedPackages();

  it("finds the imports it checks", () => {
    expect(packages.get("next")).toBeDefined();
    expect(packages.get("pino")).toBeDefined();
    expect(packages.get("cli-progress")).toBe("scripts/import.ts");
    expect(packages.get("esbuild")).toMatch(/^scripts\/build(-widget)?\.mjs$/);
    expect(packages.get("better-sqlite3")).toBeDefined();
  });

  it("has every package that runtime code, npm start and the CLIs import in dependencies", () => {
    const missing = [...packages].filter(([name]) => !manifest.dependencies[name]).map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing, "imported at run time but not in dependencies").toEqual([]);
  });

  it("has the types of those packages in dependencies too (the production build type-checks)", () => {
    const missing = [...packages.keys()].map(typesPackage).filter((name): name is string => name !== null && !manifest.dependencies[name]);
    expect(missing).toEqual([]);
  });

  it("has what next build itself needs in dependencies: TypeScript, React's and Node's types, the CSS toolchain", () => {
    const postcss = fs.readFileSync(path.join(ROOT, "postcss.config.mjs"), "utf8");
    const plugins = [...postcss.matchAll(/"(@?[\w./-]+)"\s*:/g)].map((match) => match[1]);
    for (const name of ["typescript", "@types/react", "@types/node", "tailwindcss", ...plugins]) expect(manifest.dependencies, name).toHaveProperty([name]);
  });

  it("keeps every @prisma package and the prisma CLI at one version (the Wasm schema engine has its own numbering)", () => {
    const all = { ...manifest.dependencies, ...manifest.devDependencies };
    const prisma = Object.entries(all).filter(([name]) => (name === "prisma" || name.startsWith("@prisma/")) && name !== "@prisma/schema-engine-wasm");
    expect(prisma.length).toBeGreaterThanOrEqual(5);
    expect(new Set(prisma.map(([, version]) => version)), JSON.stringify(Object.fromEntries(prisma))).toHaveProperty("size", 1);
  });
});
