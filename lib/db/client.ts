import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { processClient } from "./process-client";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./url.mjs";

/**
 * Both generated clients come from one schema and expose the same models, so the SQLite client's type
 * stands for either.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Prisma's log setting, for a bench that counts statements (query events). */
export type ClientOptions = { log?: Array<{ emit: "event"; level: "query" }> };

/**
 * Options for a transaction that stores a whole article's analysis (import, approval, revert, re-run). A 1 MB
 * article has ~25,000 flags, and on a busy machine writing them outlasts Prisma's 5 s default: the import then
 * failed with P2028 and a 500. The analysis itself runs before the transaction, so only writes are waited for.
 */
export const ANALYSIS_WRITE = { timeout: 120_000, maxWait: 10_000 } as const;

/** A new client for `url`; the app shares one, getDb(). */
export function createClient(url: string, options: ClientOptions = {}): Db {
  if (databaseProvider(url) === "postgresql") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), ...options }) as unknown as Db;
  }
  // better-sqlite3 waits up to `timeout` ms on a locked database; WAL is set by the migration and at start.
  const client = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${sqliteFilePath(url)}`, timeout: 5000 }), ...options });
  // With WAL, NORMAL syncs at checkpoints instead of at every commit (SQLite's advice for WAL): a power cut may
  // lose the last commits, never corrupt the file. FULL costs ~1.7 ms of fsync per write here, which caps
  // reader reports (each writes its rate-limit counters too) well below 300/s. It is a per-connection setting.
  client.$executeRawUnsafe("PRAGMA synchronous=NORMAL").catch((error: unknown) => console.error(error));
  return client;
}

/** The process-wide client (kept on globalThis so that dev-server reloads do not open new connections). */
export function getDb(): Db {
  processClient.errataDb ??= createClient(databaseUrl());
  return processClient.errataDb;
}

/** Turns on SQLite's WAL journal (many readers alongside one writer); a no-op on PostgreSQL. */
export async function enableWal(db: Db = getDb()): Promise<void> {
  if (databaseProvider(databaseUrl()) !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
}
