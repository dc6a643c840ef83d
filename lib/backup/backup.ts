import fs from "node:fs";
import path from "node:path";
import { databaseProvider, sqliteFilePath } from "@/lib/db/url.mjs";
import { UserError } from "@/lib/errors";
import { backupPostgres, postgresTables, postgresTablesWithRows, restorePostgres } from "./postgres";
import { backupSqlite, restoreSqlite, sqliteTables, sqliteTablesWithRows } from "./sqlite";

/** Prisma's record of applied migrations: a freshly migrated database has rows here and is still empty. */
const BOOKKEEPING_TABLES = new Set(["_prisma_migrations"]);

/**
 * Writes a backup of the database of `url` to `file`: SQLite's online backup API or pg_dump, both safe while
 * the server runs. It is written beside the file first and renamed into place, so a failed backup never
 * leaves a half-written file under the name of a good one; only its owner may read it (it holds password
 * hashes and readers' emails).
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  if (!fs.existsSync(path.dirname(path.resolve(file)))) throw new UserError(`The folder of ${file} does not exist.`, 404);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    if (databaseProvider(url) === "postgresql") await backupPostgres(url, partial);
    else await backupSqlite(sqliteFilePath(url), partial);
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * Restores `file` into the database of `url`. A database that holds data is overwritten only with `force`:
 * a restore replaces everything in it.
 */
export async function restoreDatabase(url: string, file: string, { force = false } = {}): Promise<void> {
  if (!fs.existsSync(file)) throw new UserError(`There is no backup at ${file}.`, 404);
  const filled = (await tablesWithRows(url)).filter((table) => !BOOKKEEPING_TABLES.has(table));
  if (filled.length > 0 && !force) {
    throw new UserError(`The database is not empty (${filled.join(", ")} hold data): restoring would replace it. Run again with --force to do so.`, 409);
  }
  if (databaseProvider(url) === "postgresql") return restorePostgres(file, url);
  // A fresh install has no data folder yet.
  fs.mkdirSync(path.dirname(path.resolve(sqliteFilePath(url))), { recursive: true });
  await restoreSqlite(file, sqliteFilePath(url));
}

/** Every table of the database of `url`, Prisma's bookkeeping included, from the database's own catalog. */
export async function databaseTables(url: string): Promise<string[]> {
  return databaseProvider(url) === "postgresql" ? postgresTables(url) : sqliteTables(sqliteFilePath(url));
}

async function tablesWithRows(url: string): Promise<string[]> {
  return databaseProvider(url) === "postgresql" ? postgresTablesWithRows(url) : sqliteTablesWithRows(sqliteFilePath(url));
}
