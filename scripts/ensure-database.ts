import { execFileSync } from "node:child_process";
import path from "node:path";
import { databaseProvider, databaseUrl, getDb, migrationStatus, type Db } from "@/lib/db";

/**
 * True when every shipped migration is applied, read from Prisma's migrations table on an ordinary connection.
 * False when something is pending or failed, or when the database cannot be read yet: the schema engine then says why.
 */
export async function migrationsCurrent(db: Db): Promise<boolean> {
  try {
    const { pending, failed } = await migrationStatus(db, databaseProvider(databaseUrl()));
    return pending.length === 0 && failed.length === 0;
  } catch {
    return false;
  }
}

/**
 * Applies pending migrations (quietly), so command-line tools work on a fresh checkout too. With nothing pending
 * it never starts the schema engine, which would need SQLite to itself and so fail beside a running server.
 */
export async function ensureDatabase(): Promise<void> {
  const db = getDb();
  if (await migrationsCurrent(db)) return;
  await db.$disconnect(); // the schema engine's exclusive lock would wait on our own connection
  execFileSync(process.execPath, [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "scripts/db.ts", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
}
