// What `npm start` asks the database before it serves, through the drivers alone (no Prisma client, nothing to
// compile): are the shipped migrations applied, and has the bootstrap run for this schema? One query each. The
// schema engine and the bootstrap (each a tsx child process of a few seconds) run only when one says there is work.
import fs from "node:fs";
import path from "node:path";
import { APPLIED_MIGRATIONS_SQL, compareMigrations, shippedMigrations } from "../lib/db/migration-files.mjs";
import { databaseProvider, sqliteFilePath } from "../lib/db/url.mjs";

/** Bump when the bootstrap gains a step that databases bootstrapped before must run too. */
export const BOOTSTRAP_VERSION = 1;

/** The demo accounts and their password (lib/demo loads them; `npm start` prints them). */
export function demoAccounts(root = process.cwd()) {
  return JSON.parse(fs.readFileSync(path.join(root, "prisma", "demo", "accounts.json"), "utf8"));
}

/** What the bootstrap stores once it is done (the `bootstrapped` setting), and what a start compares it with. */
export function bootstrapMarker(provider, demo, root = process.cwd()) {
  return { version: BOOTSTRAP_VERSION, migration: shippedMigrations(provider, root).at(-1) ?? "", demo };
}

/** A plain connection: `all(sql)` → rows. Null for a SQLite file that does not exist yet (the engine creates it). */
async function open(url) {
  if (databaseProvider(url) === "postgresql") {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    return { all: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
  }
  const file = sqliteFilePath(url);
  if (!fs.existsSync(file)) return null;
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  // The server runs on SQLite's WAL journal (readers beside one writer); every start passes here, and once the file
  // is in WAL mode this is a no-op that needs no lock (so it works beside a running server).
  db.pragma("journal_mode = WAL");
  return { all: async (sql) => db.prepare(sql).all(), close: async () => db.close() };
}

/**
 * The database in `url` as `npm start` needs it: `migrationsCurrent` when every shipped migration is applied (false
 * too when it cannot be read: the schema engine then says why), `bootstrapped` when the bootstrap's marker matches
 * this schema and `demo` (whether the demo data is wanted), `demoAccounts` when the demo accounts exist.
 */
export async function checkDatabase(url, { demo, root = process.cwd() }) {
  const provider = databaseProvider(url);
  const state = { migrationsCurrent: false, pending: shippedMigrations(provider, root), bootstrapped: false, demoAccounts: false };
  const db = await open(url).catch(() => null);
  if (!db) return state;
  try {
    const { pending, failed } = compareMigrations(await db.all(APPLIED_MIGRATIONS_SQL), state.pending);
    state.pending = pending;
    state.migrationsCurrent = pending.length === 0 && failed.length === 0;
    if (!state.migrationsCurrent) return state;
    const { email } = demoAccounts(root).accounts[0];
    const [row] = await db.all(
      `SELECT (SELECT value FROM "Setting" WHERE "key" = 'bootstrapped') AS marker, (SELECT COUNT(*) FROM "User" WHERE email = '${email}') AS accounts`,
    );
    // SQLite keeps Json as text, PostgreSQL's driver parses jsonb.
    const marker = typeof row.marker === "string" ? JSON.parse(row.marker) : row.marker;
    const wanted = bootstrapMarker(provider, demo, root);
    state.bootstrapped = marker?.version === wanted.version && marker.migration === wanted.migration && (marker.demo || !demo);
    state.demoAccounts = Number(row.accounts) > 0;
    return state;
  } catch {
    return state; // a table missing or unreadable: the steps that would fill it run and report any error
  } finally {
    await db.close();
  }
}
