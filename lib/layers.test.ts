import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The layers of lib/ import one way: checks → names → lexicon → morph, translit, align (a layer imports only layers
 * to its right), the glossary's pure matching files reach neither the checks nor the database, and lib/text
 * (under everything) imports no other lib folder. Tests and their helpers are held to the same layers: a lower layer's
 * test builds its fixtures from its own layer or those below.
 */
const ROOT = path.resolve(import.meta.dirname, "..");

interface Rule {
  /** Files the rule applies to, as paths from the repository root ("lib/names/" for a folder). */
  files: string[];
  /** lib folders those files must not import. */
  forbidden: string[];
}

const RULES: Rule[] = [
  { files: ["lib/morph/", "lib/translit/", "lib/align/"], forbidden: ["lexicon", "names", "checks", "glossary"] },
  { files: ["lib/lexicon/"], forbidden: ["names", "checks", "glossary"] },
  { files: ["lib/names/"], forbidden: ["checks"] },
  { files: ["lib/glossary/index.ts", "lib/glossary/match.ts", "lib/glossary/types.ts"], forbidden: ["checks", "db"] },
  // Running the checks and preparing their result to store sits under the domain verbs that store it.
  { files: ["lib/analysis/"], forbidden: ["db", "flags", "article-counts", "revisions", "corrections", "reports", "import"] },
  // Well-formed text is checked at every way in, from every layer: it stands on no other lib folder.
  { files: ["lib/text/"], forbidden: readdirSync(path.join(ROOT, "lib"), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== "text").map((entry) => entry.name) },
];

/** Module specifiers a file imports: static and type imports, re-exports, dynamic import() and require(). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The lib folder an import lands in ("checks" for "@/lib/checks/types" or "../checks/types"); null outside lib/. */
function libFolderOf(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.posix.join(path.posix.dirname(file), specifier);
  else return null;
  const parts = path.posix.normalize(target).split("/");
  return parts[0] === "lib" && parts.length > 1 ? parts[1] : null;
}

/** "file → import (rule)" for each import of `file` (a path from the root) that goes against the layers. */
function violationsOf(file: string, source: string): string[] {
  const rules = RULES.filter((rule) => rule.files.some((scope) => (scope.endsWith("/") ? file.startsWith(scope) : file === scope)));
  return importsOf(source).flatMap((specifier) => {
    const folder = libFolderOf(file, specifier);
    const broken = rules.find((rule) => folder !== null && rule.forbidden.includes(folder));
    return broken ? [`${file} → ${specifier} (lib/${folder} is not allowed here)`] : [];
  });
}

/** Every TypeScript file of lib/, tests included. */
function libSourceFiles(directory = "lib"): string[] {
  return readdirSync(path.join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(directory, entry.name);
    if (entry.isDirectory()) return file === "lib/db/generated" ? [] : libSourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("layers", () => {
  it("every lib file imports only the layers below its own", () => {
    const violations = libSourceFiles().flatMap((file) => violationsOf(file, readFileSync(path.join(ROOT, file), "utf8")));
    expect(violations, `imports against the layers:\n${violations.join("\n")}`).toEqual([]);
  });

  it("sees the imports it checks", () => {
    const files = libSourceFiles();
    expect(files).toContain("lib/names/match.ts");
    expect(files).toContain("lib/lexicon/spelling.ts");
    expect(files).toContain("lib/names/entities.test.ts");
    expect(importsOf(readFileSync(path.join(ROOT, "lib/names/match.ts"), "utf8"))).toContain("@/lib/lexicon");
  });

  it("reports an import against the layers, by alias, relative path, re-export or dynamic import", () => {
    const source = [
      'import type { CheckContext } from "@/lib/checks/types";',
      'import { FUNCTION_WORDS } from "../checks/text/abbreviations";',
      'export { x } from "@/lib/checks";',
      'const later = await import("../../lib/checks/run");',
      'import { parseWord } from "@/lib/morph";',
      'import { matchKey } from "./match";',
    ].join("\n");
    expect(violationsOf("lib/names/example.ts", source)).toEqual([
      "lib/names/example.ts → @/lib/checks/types (lib/checks is not allowed here)",
      "lib/names/example.ts → ../checks/text/abbreviations (lib/checks is not allowed here)",
      "lib/names/example.ts → @/lib/checks (lib/checks is not allowed here)",
      "lib/names/example.ts → ../../lib/checks/run (lib/checks is not allowed here)",
    ]);
    expect(violationsOf("lib/lexicon/example.ts", 'import { analyseNames } from "@/lib/names";')).toHaveLength(1);
    expect(violationsOf("lib/glossary/match.ts", 'import { getDb } from "@/lib/db";')).toHaveLength(1);
    expect(violationsOf("lib/glossary/repository.ts", 'import { getDb } from "@/lib/db";')).toEqual([]);
    expect(violationsOf("lib/checks/example.ts", 'import { analyseNames } from "@/lib/names";')).toEqual([]);
  });
});
