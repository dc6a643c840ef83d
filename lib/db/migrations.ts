import fs from "node:fs";
import path from "node:path";
import type { Db } from "./client";
import type { DatabaseProvider } from "./url";

/** The migrations folder shipped for a provider (each migration is a sub-folder named `<timestamp>_<name>`). */
export function migrationsFolder(provider: DatabaseProvider, root: string = process.cwd()): string {
  return path.join(root, provider === "postgresql" ? "prisma/migrations-postgresql" : "prisma/migrations");
}

/** Names of the migrations shipped with this version, in the order they apply. */
export function shippedMigrations(provider: DatabaseProvider, root: string = process.cwd()): string[] {
  const folder = migrationsFolder(provider, root);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export interface MigrationStatus {
  /** Shipped, not applied yet. */
  pending: string[];
  /** Started and neither finished nor rolled back: Prisma's deploy refuses to go on until someone resolves them. */
  failed: string[];
}

/**
 * Compares Prisma's `_prisma_migrations` table with the shipped folders. A plain read on an ordinary connection:
 * cheap, and it leaves the database to everyone else (the schema engine takes SQLite with locking_mode=EXCLUSIVE,
 * which fails while a server holds the file open in WAL mode). Throws when the database cannot be reached.
 */
export async function migrationStatus(db: Db, provider: DatabaseProvider, root: string = process.cwd()): Promise<MigrationStatus> {
  const rows = await appliedMigrations(db);
  const applied = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
  return {
    pending: shippedMigrations(provider, root).filter((name) => !applied.has(name)),
    failed: rows.filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name),
  };
}

interface MigrationRow {
  migration_name: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

async function appliedMigrations(db: Db): Promise<MigrationRow[]> {
  try {
    return await db.$queryRawUnsafe<MigrationRow[]>("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations");
  } catch (error) {
    if (tableMissing(error)) return []; // a database no migration has touched yet
    throw error;
  }
}

/** Both drivers' "no such table" / "relation does not exist", as Prisma's driver adapters classify it. */
function tableMissing(error: unknown): boolean {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null)?.meta;
  return meta?.driverAdapterError?.cause?.kind === "TableDoesNotExist";
}
