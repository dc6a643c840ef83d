// npm run --silent check -- SOURCE_FILE TARGET_FILE [--json]
// Aligns a Russian original with its English translation, runs every check and prints the flags:
// one JSON object with --json, a readable report otherwise. Exit code 2 when a file cannot be read.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { alignTexts } from "@/lib/align";
import { runChecks, type Finding, type RunResult, type Severity } from "@/lib/checks";
import { starterGlossary } from "@/lib/glossary";
import { decodeUtf8 } from "@/lib/import/decode";

const USAGE = "usage: npm run --silent check -- SOURCE_FILE TARGET_FILE [--json]";

function main(): number {
  const { values, positionals } = parseArgs({ options: { json: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length !== 2) return fail(USAGE);
  const [sourceFile, targetFile] = positionals;
  const texts = [sourceFile, targetFile].map(readText);
  if (texts.some((text) => typeof text !== "string")) return fail(texts.find((text) => typeof text !== "string")!.error);
  const [source, target] = texts as string[];
  const result = runChecks(alignTexts(source, target, { sourceLang: "ru", targetLang: "en" }), starterGlossary);
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : report(result, target, targetFile));
  return 0;
}

function readText(file: string): string | { error: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `check: cannot read ${file}: ${code === "ENOENT" ? "no such file" : code ?? String(error)}` };
  }
  try {
    return decodeUtf8(bytes, file);
  } catch (error) {
    return { error: `check: ${(error as Error).message}` };
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

const SEVERITIES: Severity[] = ["critical", "major", "minor"];

function report({ flags, stats }: RunResult, target: string, targetFile: string): string {
  const position = linePositions(target);
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = flags.filter((flag) => flag.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${severity.toUpperCase()} (${group.length})`);
    for (const flag of group) lines.push(describe(flag, targetFile, position(flag.target.start)));
    lines.push("");
  }
  const counts = SEVERITIES.map((severity) => `${flags.filter((flag) => flag.severity === severity).length} ${severity}`);
  lines.push(`${flags.length} flag${flags.length === 1 ? "" : "s"} (${counts.join(", ")}) in ${Math.round(stats.totalMs)} ms`);
  return `${lines.join("\n")}\n`;
}

function describe(flag: Finding, file: string, [line, column]: [number, number]): string {
  const shown = flag.target.text ? `“${flag.target.text.replace(/\s+/g, " ")}”` : "(here)";
  const suggestion = flag.suggestion === null ? "" : `\n      → ${flag.suggestion === "" ? "(delete)" : flag.suggestion}`;
  return `  ${file}:${line}:${column}  ${flag.check}  ${shown}\n      ${flag.message}${suggestion}`;
}

/** 1-based line and column (in UTF-16 units, as the offsets) of an offset. */
function linePositions(text: string): (offset: number) => [number, number] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return (offset) => {
    let line = starts.length - 1;
    while (starts[line] > offset) line--;
    return [line + 1, offset - starts[line] + 1];
  };
}

process.exitCode = main();
