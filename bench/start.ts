// npm run bench:start — what `npm start` costs: time to the first 200 of /login on a fresh SQLite database and on
// the same database again (wall and CPU of every process `npm start` ran), the server's resident memory right after
// that first 200 and after 30 s idle, and the processes left under npm. Runs the real `npm start` on 127.0.0.1
// (BENCH_PORT, default 3310) after bringing the build up to date, so that no start measured here builds.
//   npm run bench:start                      SQLite in a throwaway folder
//   DATABASE_URL=postgresql://… npm run bench:start     a fresh database `<name>_benchstart` on that server
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "../scripts/build.mjs";
import { freshDatabase } from "../scripts/fresh-database";

const port = Number(process.env.BENCH_PORT) || 3310;
const base = `http://127.0.0.1:${port}`;
const IDLE_MS = Number(process.env.BENCH_IDLE_MS) || 30_000;
const TICK_MS = 1000 / 100; // USER_HZ: /proc counts CPU time in 1/100 s on Linux

interface Proc {
  pid: number;
  ppid: number;
  command: string;
  rssMb: number;
  threads: number;
  /** Own CPU time plus that of the children it has reaped, in ms. */
  cpuMs: number;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd (state) on
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
    return { pid, ppid: Number(fields[1]), command, rssMb: field("VmRSS") / 1024, threads: field("Threads"), cpuMs: (utime + stime + cutime + cstime) * TICK_MS };
  } catch {
    return null; // gone meanwhile
  }
}

/** The process and everything under it, parents first. */
function tree(root: number): Proc[] {
  const all = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map((name) => readProc(Number(name))).filter((p): p is Proc => p !== null);
  const found: Proc[] = [];
  const visit = (pid: number) => {
    const proc = all.find((p) => p.pid === pid);
    if (!proc) return;
    found.push(proc);
    all.filter((p) => p.ppid === pid).forEach((child) => visit(child.pid));
  };
  visit(root);
  return found;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Run {
  npm: ChildProcess;
  wallMs: number;
  cpuMs: number;
  output: () => string;
}

async function start(env: NodeJS.ProcessEnv): Promise<Run> {
  if (await fetch(`${base}/login`).then(() => true, () => false)) throw new Error(`port ${port} is taken`);
  const began = performance.now();
  const npm = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  npm.stdout!.on("data", (chunk) => (output += chunk));
  npm.stderr!.on("data", (chunk) => (output += chunk));
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}:\n${output}`);
    const status = await fetch(`${base}/login`).then((response) => response.status, () => 0);
    if (status === 200) break;
    if (performance.now() - began > 600_000) throw new Error(`no 200 from ${base}/login in 10 minutes:\n${output}`);
    await sleep(20);
  }
  const wallMs = performance.now() - began;
  const cpuMs = tree(npm.pid!).reduce((sum, p) => sum + p.cpuMs, 0);
  return { npm, wallMs, cpuMs, output: () => output };
}

async function stop(run: Run) {
  const exited = new Promise((resolve) => (run.npm.exitCode !== null ? resolve(null) : run.npm.once("exit", resolve)));
  process.kill(run.npm.pid!, "SIGTERM");
  await Promise.race([exited, sleep(30_000)]);
  try {
    process.kill(-run.npm.pid!, "SIGKILL"); // whatever did not stop
  } catch {
    /* all gone */
  }
}

/** The process holding the port: npm's child (`exec node scripts/start.mjs` replaces the shell npm starts). */
const server = (procs: Proc[]) => procs.find((p) => p.ppid === procs[0].pid) ?? procs[0];

function printTree(label: string, procs: Proc[]) {
  const total = procs.reduce((sum, p) => sum + p.rssMb, 0);
  console.log(`  ${label}: ${total.toFixed(0)} MB in ${procs.length} processes`);
  for (const p of procs) console.log(`    pid ${p.pid}  ${p.rssMb.toFixed(0).padStart(4)} MB  ${String(p.threads).padStart(2)} threads  ${p.command.slice(0, 90)}`);
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "errata-bench-start-"));
const databaseUrl = process.env.DATABASE_URL?.startsWith("postgres") ? await freshDatabase("benchstart") : `file:${path.join(folder, "start.db")}`;
const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench-start", NEXTAUTH_URL: base, LOG_LEVEL: "warn" };
let current: Run | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (current) process.kill(-current.npm.pid!, "SIGKILL");
    fs.rmSync(folder, { recursive: true, force: true });
    process.exit(130);
  });
}

try {
  buildIfNeeded();
  console.log(`npm start on ${base}, ${databaseUrl.startsWith("file:") ? "SQLite" : "PostgreSQL"}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}, ${os.cpus().length} cores`);
  for (const label of ["fresh database", "existing database"]) {
    current = await start(env);
    console.log(`\n${label}: first 200 of /login after ${(current.wallMs / 1000).toFixed(2)} s wall, ${(current.cpuMs / 1000).toFixed(2)} s CPU`);
    const procs = tree(current.npm.pid!);
    printTree("right after the first 200", procs);
    if (label === "existing database") {
      await sleep(IDLE_MS);
      const idle = tree(current.npm.pid!);
      printTree(`after ${IDLE_MS / 1000} s idle`, idle);
      console.log(`  server (pid ${server(idle).pid}) idle RSS: ${server(idle).rssMb.toFixed(0)} MB`);
    }
    await stop(current);
    current = undefined;
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
