/**
 * Sign-in timing (`npm run bench:signin`), on a throwaway SQLite database (or DATABASE_URL): how long a wrong
 * password takes for an existing account, an unknown email and a deactivated account. The three should be
 * alike, so that the time does not tell which emails have accounts. Prints medians and the ratio.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 15;

if (!process.env.DATABASE_URL) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-bench-signin-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
}
// The attempt limits would refuse the bench's own attempts before any comparison.
process.env.ERRATA_SIGNIN_LIMITS = "100000/1m";
process.env.ERRATA_SIGNIN_CLIENT_LIMITS = "100000/1m";
execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "deploy"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: process.env });

const { getDb } = await import("@/lib/db");
const { createUser } = await import("@/lib/users");
const { authorizeCredentials } = await import("@/lib/auth/sign-in");

const stamp = Date.now();
const known = await createUser({ email: `bench-${stamp}@bench.errata`, role: "REVIEWER", password: "bench-password-1" });
const inactive = await createUser({ email: `bench-off-${stamp}@bench.errata`, role: "REVIEWER", password: "bench-password-2" });
await getDb().user.update({ where: { id: inactive.id }, data: { active: false } });

const cases = {
  "existing account, wrong password": known.email,
  "unknown email": `nobody-${stamp}@bench.errata`,
  "deactivated account": inactive.email,
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
const headers = new Headers({ "x-forwarded-for": "127.0.0.1" });
// Interleaved, so that a slow moment of the machine falls on every case alike; the first round warms up.
for (let run = 0; run <= RUNS; run++) {
  for (const [name, email] of Object.entries(cases)) {
    const start = performance.now();
    await authorizeCredentials({ email, password: "not-the-password" }, headers);
    if (run > 0) times[name].push(performance.now() - start);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const baseline = median(times["existing account, wrong password"]);
console.log(`Sign-in with a wrong password, median of ${RUNS} runs each:`);
for (const [name, values] of Object.entries(times)) {
  console.log(`  ${name.padEnd(34)} ${median(values).toFixed(0).padStart(5)} ms  (×${(median(values) / baseline).toFixed(2)} of an existing account)`);
}
process.exit(0);
