import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * `npm start` (migrations, demo data, build when needed) on its own SQLite database and port, for a bench.
 * Resolves once it answers; stop() ends it and removes the database. `databaseUrl` points it at another one
 * (a throwaway PostgreSQL server, say), which stop() leaves alone. `host` binds it to that address alone (127.0.0.1).
 */
export async function startErrata(port: number, env: Record<string, string> = {}, options: { databaseUrl?: string; host?: string } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-bench-"));
  const base = `http://${options.host ?? "localhost"}:${port}`;
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dir, "bench.db")}`;
  // BENCH_CPU_PROF_DIR=DIR: the server writes a CPU profile there when it stops (NODE_OPTIONS may not carry --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const server = spawn(process.execPath, [...profile, "scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NEXTAUTH_URL: base, NEXTAUTH_SECRET: "bench", ERRATA_DEMO: "1", ...(options.host ? { HOST: options.host } : {}), ...env },
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
  // An interrupted bench must not leave its server holding the port.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => (stop(), process.exit(130)));
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) break;
    const up = await fetch(`${base}/login`).then((r) => r.ok, () => false);
    if (up) return { base, databaseUrl, stop, rssMb: () => serverRssMb(server.pid!), cpuMs: () => serverCpuMs(server.pid!) };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`Errata did not start on ${base}`);
}

/** Signs in through next-auth's credentials endpoint, as Errata's own login page would, and returns the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  return [...cookies, ...response.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

/** CPU time (user and system, every thread) the server process has used so far, in ms: `npm start` is the server itself. */
function serverCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const [utime, stime] = stat.slice(stat.lastIndexOf(")") + 2).split(" ").slice(11, 13).map(Number);
  return (utime + stime) * 10; // USER_HZ: 1/100 s on Linux
}

/** The process group's largest resident set in MB (next-server, not the npm/tsx wrappers). */
function serverRssMb(pid: number): number {
  const rss = execFileSync("ps", ["-o", "rss=", "-g", String(pid)], { encoding: "utf8" }).split("\n").map(Number).filter(Boolean);
  return Math.max(0, ...rss) / 1024;
}
