// Which migrations this version ships and which of them a database has applied. Plain JavaScript, so that
// `npm start` (scripts/start.mjs) checks the database before anything is compiled; the app (/api/health) reads the
// same rows through Prisma and compares them here too.
import fs from "node:fs";
import path from "node:path";

/** The migrations folder shipped for a provider (each migration is a sub-folder named `<timestamp>_<name>`). */
export function migrationsFolder(provider, root = process.cwd()) {
  return path.join(/*turbopackIgnore: true*/ root, provider === "postgresql" ? "prisma/migrations-postgresql" : "prisma/migrations");
}

/** Names of the migrations shipped with this version, in the order they apply. */
export function shippedMigrations(provider, root = process.cwd()) {
  const folder = migrationsFolder(provider, root);
  // Read at run time from the project folder; not something for the build to trace into the server bundle.
  if (!fs.existsSync(/*turbopackIgnore: true*/ folder)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Prisma's `_prisma_migrations` rows against the shipped names: what is still to apply, and what started and
 * neither finished nor was rolled back (Prisma's deploy refuses to go on until someone resolves those).
 */
export function compareMigrations(rows, shipped) {
  const applied = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
  return {
    pending: shipped.filter((name) => !applied.has(name)),
    failed: rows.filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name),
  };
}

/** The query that reads those rows, the same on SQLite and PostgreSQL. */
export const APPLIED_MIGRATIONS_SQL = "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations";
