// npm test: the type check of everything (tests and benches included; the build checks only what ships), unit and
// db tests (vitest), then the end-to-end suite (Playwright, headless Chromium, against the real app on its own
// database), then the cluster suite (real servers: two instances on one PostgreSQL, skipped on SQLite; a server
// killed mid-burst). Ends with one "N passed, N failed" line summed over every suite.
//   npm test -- --only db,e2e,cluster      run some suites (CI's PostgreSQL pass)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { freshDatabase } from "./fresh-database";

const SUITES = ["unit", "db", "e2e", "cluster"] as const;
type Suite = (typeof SUITES)[number];
type Counts = { passed: number; failed: number };

const { values } = parseArgs({ options: { only: { type: "string" } } });
const selected = new Set<Suite>((values.only?.split(",") as Suite[] | undefined) ?? SUITES);
const results = path.join(process.cwd(), "test-results");
fs.mkdirSync(results, { recursive: true });

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  return spawnSync(process.execPath, [command, ...args], { stdio: "inherit", env }).status ?? 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function vitest(name: string, args: string[]): Counts {
  const output = path.join(results, `${name}.json`);
  fs.rmSync(output, { force: true });
  const code = run("node_modules/vitest/vitest.mjs", ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(output);
  if (!report) return { passed: 0, failed: 1 }; // the run itself broke
  return { passed: report.numPassedTests, failed: report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0) };
}

async function playwright(): Promise<Counts> {
  const output = path.join(results, "playwright.json");
  fs.rmSync(output, { force: true });
  const env = { ...process.env, E2E_DATABASE_URL: await freshDatabase("e2e"), PLAYWRIGHT_JSON_OUTPUT_NAME: output };
  const code = run("node_modules/@playwright/test/cli.js", ["test"], env);
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(output);
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.stats.unexpected + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
  return { passed: report.stats.expected + report.stats.flaky, failed };
}

/** tsc over tsconfig.json, counted as one test: next build checks only tsconfig.build.json (what ships). */
function typecheck(): Counts {
  return run("node_modules/typescript/bin/tsc", ["--noEmit", "-p", "tsconfig.json"]) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

async function main() {
  const total: Counts = { passed: 0, failed: 0 };
  const add = (counts: Counts) => {
    total.passed += counts.passed;
    total.failed += counts.failed;
  };
  if (selected.has("unit")) add(typecheck());
  const vitestProjects = (["unit", "db"] as const).filter((suite) => selected.has(suite));
  if (vitestProjects.length) add(vitest("vitest", vitestProjects.flatMap((project) => ["--project", project])));
  if (selected.has("e2e")) add(await playwright());
  // Its own config: the tests start their own servers on the production build (the e2e run's, when current).
  if (selected.has("cluster")) add(vitest("cluster", ["--config", "tests/cluster/vitest.config.ts"]));
  fs.writeFileSync(path.join(results, "summary.json"), JSON.stringify(total));
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log("\n0 passed, 1 failed");
  process.exit(1);
});
