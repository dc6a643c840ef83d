import fs from "node:fs";
import path from "node:path";
import { databaseProvider, databaseUrl, getDb, migrationStatus, type DatabaseProvider, type Db } from "@/lib/db";

/** What GET /api/health answers: fixed words and names only, never an error message (it could carry a connection string). */
export interface Health {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  /** null when the database could not be read. */
  migrations: { current: boolean; pending: string[]; failed: string[] } | null;
  /** package.json's version. */
  version: string;
  /** Next's build id (.next/BUILD_ID), or "development" before a build. */
  build: string;
}

export interface HealthOptions {
  db?: Db;
  provider?: DatabaseProvider;
  /** The project folder: package.json, prisma/migrations*, .next/. */
  root?: string;
  /** How long the database may take before it counts as unreachable. */
  timeoutMs?: number;
}

/**
 * For load balancers: 200 when the database answers and every shipped migration is applied, 503 otherwise
 * (an instance of a newer version waiting for its migrations must not take traffic yet).
 */
export async function checkHealth(options: HealthOptions = {}): Promise<{ httpStatus: 200 | 503; health: Health }> {
  const root = options.root ?? process.cwd();
  const provider = options.provider ?? databaseProvider(databaseUrl());
  const migrations = await withTimeout(migrationStatus(options.db ?? getDb(), provider, root), options.timeoutMs ?? 3000).then(
    ({ pending, failed }) => ({ current: pending.length === 0 && failed.length === 0, pending, failed }),
    () => null,
  );
  const healthy = migrations !== null && migrations.current;
  return {
    httpStatus: healthy ? 200 : 503,
    health: { status: healthy ? "ok" : "unavailable", database: migrations ? "ok" : "unreachable", migrations, ...versionOf(root) },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const versions = new Map<string, { version: string; build: string }>();

/** Read once per folder: neither changes while the server runs. */
function versionOf(root: string): { version: string; build: string } {
  let found = versions.get(root);
  if (!found) {
    const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
    const buildIdFile = path.join(root, ".next", "BUILD_ID");
    const build = fs.existsSync(buildIdFile) ? fs.readFileSync(buildIdFile, "utf8").trim() : "development";
    found = { version, build };
    versions.set(root, found);
  }
  return found;
}
