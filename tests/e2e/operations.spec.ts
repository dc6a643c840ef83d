import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_PORT } from "./environment";

// A second server of its own, started as an operator does (`npm start`, from the build the suite's server made), on
// its own database: health, request logs and a SIGTERM in the middle of a request.
const port = E2E_PORT + 1;
const base = `http://127.0.0.1:${port}`;

interface Started {
  npm: ChildProcess;
  lines: () => Record<string, unknown>[];
  exited: Promise<number | null>;
  databaseFile: string;
}

async function startServer(): Promise<Started> {
  if (await fetch(`${base}/api/health`).then(() => true, () => false)) throw new Error(`port ${port} is taken: stop what runs there first`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "errata-ops-e2e-"));
  const databaseFile = path.join(folder, "ops.db");
  const npm = spawn("npm", ["start", "--", "--no-build"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: `file:${databaseFile}`, ERRATA_DEMO: "0", NEXTAUTH_SECRET: "ops-e2e", NEXTAUTH_URL: base },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so that a failed test can stop npm and everything under it
  });
  let output = "";
  npm.stdout!.on("data", (chunk) => (output += chunk));
  npm.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
  const lines = () => output.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
  for (let waited = 0; ; waited += 500) {
    if (npm.exitCode !== null) throw new Error(`npm start exited: ${output}`);
    const up = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
    if (up) break;
    if (waited > 150_000) {
      process.kill(-npm.pid!, "SIGKILL");
      throw new Error(`npm start did not answer: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { npm, lines, exited, databaseFile };
}

/** A POST whose body arrives in three parts over `ms`: in flight for that long. */
function slowPost(pathname: string, parts: string[], ms: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${pathname}`, { method: "POST", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, body }));
    });
    request.on("error", reject);
    parts.forEach((part, index) => setTimeout(() => (index === parts.length - 1 ? request.end(part) : request.write(part)), (ms * index) / (parts.length - 1)));
  });
}

test.describe.configure({ timeout: 240_000 });

test("npm start: health, one log line per request with its id, and SIGTERM lets the request in flight finish", async () => {
  const server = await startServer();
  try {
    const health = await fetch(`${base}/api/health`, { headers: { "X-Request-Id": "ops-e2e-1" } });
    expect(health.status).toBe(200);
    expect(health.headers.get("x-request-id")).toBe("ops-e2e-1");
    const body = await health.json();
    expect(body).toMatchObject({ status: "ok", database: "ok", migrations: { current: true, pending: [] }, version: expect.any(String), build: expect.any(String) });
    expect(JSON.stringify(body)).not.toContain(server.databaseFile);

    const forged = await fetch(`${base}/login?email=someone@example.org`, { headers: { "X-Request-Id": 'x","level":"fatal' } });
    const givenId = forged.headers.get("x-request-id")!;
    expect(givenId).toMatch(/^[0-9a-f-]{36}$/);
    await forged.text(); // the line is written when the response has been sent

    await expect.poll(() => server.lines().find((line) => line.requestId === "ops-e2e-1")).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/api/health", status: 200 });
    await expect.poll(() => server.lines().find((line) => line.requestId === givenId)).toMatchObject({ method: "GET", path: "/login", status: 200 });
    const loginLine = server.lines().find((line) => line.requestId === givenId);
    expect(typeof loginLine!.durationMs).toBe("number");
    expect(JSON.stringify(server.lines())).not.toContain("someone@example.org");

    // The body is still arriving when SIGTERM comes; the answer needs the database (no such article: a 404).
    const inFlight = slowPost("/api/reports", ['{"article":', '"no-such-article-ops",', '"selection":"x"}'], 3000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    server.npm.kill("SIGTERM");
    const answer = await inFlight;
    expect(answer.status).toBe(404);
    expect(answer.body).toContain("no-such-article-ops");
    expect(await server.exited).toBe(0);

    const lines = server.lines();
    const order = ["shutting down: finishing in-flight requests", "request", "shut down"];
    const seen = lines.filter((line) => order.includes(line.msg as string) && (line.msg !== "request" || line.path === "/api/reports")).map((line) => line.msg);
    expect(seen).toEqual(order);
    // The database was closed, not dropped: SQLite checkpoints and removes its WAL file on the last close.
    expect(fs.existsSync(`${server.databaseFile}-wal`)).toBe(false);
  } finally {
    if (server.npm.exitCode === null) process.kill(-server.npm.pid!, "SIGKILL");
    fs.rmSync(path.dirname(server.databaseFile), { recursive: true, force: true });
  }
});
