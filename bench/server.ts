import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * `npm start` (migrations, demo data, build when needed) on its own SQLite database and port, for a bench.
 * Resolves once it answers; stop() ends it and removes the database.
 */
export async function startErrata(port: number, env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-bench-"));
  const base = `http://localhost:${port}`;
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NEXTAUTH_URL: base, NEXTAUTH_SECRET: "bench", ERRATA_DEMO: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    // A process group of its own: stop() ends the server and any build or migration it started.
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) break;
    const up = await fetch(`${base}/login`).then((r) => r.ok, () => false);
    if (up) return { base, databaseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`Errata did not start on ${base}`);
}
