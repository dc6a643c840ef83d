import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** The suite's ports: CLUSTER_PORT and the next two (instance A, instance B, the server the crash test kills). */
export const CLUSTER_PORT = Number(process.env.CLUSTER_PORT ?? 3200);

/** The address readers and staff use, as a load balancer's would be: every instance has it as NEXTAUTH_URL. */
export const PUBLIC_URL = `http://127.0.0.1:${CLUSTER_PORT}`;

/** What every instance shares, as several instances behind a load balancer must (README, Production). */
const SHARED_ENV = {
  NEXTAUTH_SECRET: "cluster-secret-not-for-production",
  NEXTAUTH_URL: PUBLIC_URL,
  // The tests stand in for a proxy: X-Forwarded-For says which reader sent a report.
  ERRATA_TRUST_PROXY: "1",
  ERRATA_REPORT_LIMITS: "10000/1m",
  ERRATA_REPORT_ARTICLE_LIMITS: "10000/1m",
  ERRATA_SIGNIN_CLIENT_LIMITS: "1000/1m",
  NEXT_TELEMETRY_DISABLED: "1",
};

// A server left running by a failed start or test would keep its port: none outlives the test process.
const running = new Set<ChildProcess>();
process.on("exit", () => running.forEach((child) => child.kill("SIGKILL")));

export interface Server {
  baseURL: string;
  /** Stops the server with SIGTERM and waits for it to exit. */
  stop(): Promise<void>;
  /** kill -9: no shutdown, no flush, nothing. */
  crash(): Promise<void>;
}

/** `next start` on the production build against `databaseUrl` (the suite's setup built and migrated both). */
export async function startServer(port: number, databaseUrl = process.env.DATABASE_URL!): Promise<Server> {
  const child = spawn(process.execPath, [path.join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...SHARED_ENV, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  running.add(child);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => running.delete(child));
  const baseURL = `http://127.0.0.1:${port}`;
  await waitUntilServing(baseURL, child, () => stderr);
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { baseURL, stop: () => end("SIGTERM"), crash: () => end("SIGKILL") };
}

async function waitUntilServing(baseURL: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start on ${baseURL} exited with ${child.exitCode}:\n${stderr()}`);
    const status = await fetch(`${baseURL}/login`).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`next start on ${baseURL} did not serve /login within 60 s:\n${stderr()}`);
}
