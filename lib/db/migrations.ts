import type { Db } from "./client";
import { APPLIED_MIGRATIONS_SQL, compareMigrations, shippedMigrations, type MigrationRow, type MigrationStatus } from "./migration-files.mjs";
import type { DatabaseProvider } from "./url.mjs";

export { migrationsFolder, shippedMigrations, type MigrationStatus } from "./migration-files.mjs";

/**
 * Compares Prisma's `_prisma_migrations` table with the shipped folders. A plain read on an ordinary connection:
 * cheap, and it leaves the database to everyone else (the schema engine takes SQLite with locking_mode=EXCLUSIVE,
 * which fails while a server holds the file open in WAL mode). Throws when the database cannot be reached.
 */
export async function migrationStatus(db: Db, provider: DatabaseProvider, root: string = process.cwd()): Promise<MigrationStatus> {
  return compareMigrations(await appliedMigrations(db), shippedMigrations(provider, root));
}

async function appliedMigrations(db: Db): Promise<MigrationRow[]> {
  try {
    return await db.$queryRawUnsafe<MigrationRow[]>(APPLIED_MIGRATIONS_SQL);
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
