import fs from "node:fs";
import Database from "better-sqlite3";
import { UserError } from "@/lib/errors";

/**
 * A connection that waits for the server's writes rather than failing on a busy database. Read-write even to
 * read: after a crash mid-write the WAL index may need the recovery a read-only connection cannot run.
 */
const open = (file: string, options: Database.Options = {}) => new Database(file, { fileMustExist: true, timeout: 5000, ...options });

/**
 * Pages per backup step: all of them. A write by another process between two steps restarts the copy, so
 * better-sqlite3's default of 100 pages per step might never finish under a steady load; one step reads a
 * single snapshot, and in WAL mode that blocks no writer.
 */
const ALL_PAGES = 0x7fffffff;

/**
 * SQLite's online backup API: a consistent copy, including what is still in the WAL, while the server goes on
 * reading and writing (a file copy could catch a write half-done, and would miss the WAL).
 */
export async function backupSqlite(file: string, destination: string): Promise<void> {
  if (!fs.existsSync(file)) throw new UserError(`There is no database at ${file}.`, 404);
  const db = open(file);
  try {
    await db.backup(destination, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
}

/** The tables of `file` (none when there is no file yet). */
export function sqliteTables(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  const db = open(file);
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** The tables of `file` (none when there is no file) that hold at least one row. */
export function sqliteTablesWithRows(file: string): string[] {
  const tables = sqliteTables(file);
  if (tables.length === 0) return [];
  const db = open(file);
  try {
    return tables.filter((table) => db.prepare(`SELECT EXISTS (SELECT 1 FROM "${table}")`).pluck().get() === 1);
  } finally {
    db.close();
  }
}

/**
 * Copies the backup into `target` through the same backup API, so that SQLite itself replaces the pages (and
 * any WAL the target has): copying the file over it would leave a stale WAL that SQLite then replays on top.
 */
export async function restoreSqlite(backup: string, target: string): Promise<void> {
  const source = openBackup(backup);
  try {
    await source.backup(target, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
}

function openBackup(backup: string) {
  if (!fs.existsSync(backup)) throw new UserError(`There is no backup at ${backup}.`, 404);
  const source = open(backup, { readonly: true });
  try {
    const check = source.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new UserError(`${backup} is damaged (${String(check)}); it was not restored.`, 422);
    return source;
  } catch (error) {
    source.close();
    if (error instanceof UserError) throw error;
    throw new UserError(`${backup} is not a SQLite backup (${error instanceof Error ? error.message : String(error)}).`, 422);
  }
}
