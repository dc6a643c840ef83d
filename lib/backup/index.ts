/** Backups of the whole database and their restore: SQLite's online backup API, or pg_dump / pg_restore. */
export { backupDatabase, restoreDatabase, databaseTables } from "./backup";
