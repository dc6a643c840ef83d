import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, databaseTables } from "@/lib/backup";
import { databaseProvider, databaseUrl, Prisma } from "@/lib/db";
import { sqliteFilePath } from "@/lib/db/url.mjs";
import { fillEveryTable } from "./factories";

const source = databaseUrl();
const isPostgres = databaseProvider(source) === "postgresql";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-backup-test-"));
const backupFile = path.join(dir, "errata.backup");
const freshDatabases: string[] = [];
/** Each run of a command-line tool takes a few seconds on a busy machine (tsx, then the database). */
const CLI_TIMEOUT = { timeout: 120_000 };

/** An empty database of its own: a new SQLite file (in a folder yet to be made), or a new database on the same PostgreSQL server. */
async function freshDatabase(): Promise<string> {
  if (!isPostgres) return `file:${path.join(dir, randomUUID(), "errata.db")}`;
  const name = `errata_restore_${randomUUID().slice(0, 8)}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  freshDatabases.push(name);
  const url = new URL(source);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>, url = source): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of every table (from the database's catalog, so a new table is covered too), in a stable order. */
async function contents(url: string): Promise<Record<string, string[]>> {
  const tables = await databaseTables(url);
  const rowsOf = isPostgres
    ? (table: string) => onServer(async (client) => (await client.query(`SELECT * FROM "${table}"`)).rows, url)
    : (table: string) => {
        const db = new Database(sqliteFilePath(url), { readonly: true });
        try {
          return Promise.resolve(db.prepare(`SELECT * FROM "${table}"`).all());
        } finally {
          db.close();
        }
      };
  const result: Record<string, string[]> = {};
  for (const table of tables) result[table] = (await rowsOf(table)).map((row) => JSON.stringify(row)).sort();
  return result;
}

async function execute(url: string, sql: string) {
  if (isPostgres) return void (await onServer((client) => client.query(sql), url));
  const db = new Database(sqliteFilePath(url));
  db.exec(sql);
  db.close();
}

function cli(script: "backup" | "restore", args: string[], url: string) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", `scripts/${script}.ts`, ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => fillEveryTable());

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const name of freshDatabases) await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

describe(`npm run backup / npm run restore (${databaseProvider(source)})`, () => {
  it("restores into a fresh database every row of every table, as it was; over data only with --force", CLI_TIMEOUT, async () => {
    const before = await contents(source);
    expect(Object.keys(before)).toEqual(expect.arrayContaining([...Object.values(Prisma.ModelName), "_prisma_migrations"]));
    const empty = Object.keys(before).filter((table) => before[table].length === 0);
    expect(empty, "fillEveryTable leaves no table empty (extend it for a new table)").toEqual([]);

    const backup = cli("backup", [backupFile], source);
    expect(backup.output).toContain(`Backed up the database to ${backupFile}`);
    expect(backup.status).toBe(0);
    expect(fs.statSync(backupFile).mode & 0o077, "only the owner may read a backup").toBe(0);
    const target = await freshDatabase();
    const restore = cli("restore", [backupFile], target);
    expect(restore.output).toContain("Restored");
    expect(restore.status).toBe(0);
    expect(await contents(target)).toEqual(before);

    await execute(target, `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('allowSelfApproval', 'true', CURRENT_TIMESTAMP) ON CONFLICT ("key") DO UPDATE SET "value" = 'true'`);
    const refused = cli("restore", [backupFile], target);
    expect(refused.output).toMatch(/not empty \(.*User.*\).*--force/);
    expect(refused.status).toBe(1);
    expect(await contents(target)).not.toEqual(before);
    expect(cli("restore", [backupFile, "--force"], target).status).toBe(0);
    expect(await contents(target)).toEqual(before);
  });

  it("says what is wrong with a missing or foreign backup file, or a missing folder, and changes nothing", CLI_TIMEOUT, async () => {
    const nowhere = cli("backup", [path.join(dir, "no-such-folder", "x.backup")], source);
    expect(nowhere.output).toMatch(/The folder of .*no-such-folder.* does not exist/);
    expect(nowhere.status).toBe(1);
    const target = await freshDatabase();
    expect(cli("restore", [path.join(dir, "missing.backup")], target).output).toMatch(/There is no backup at .*missing\.backup/);
    const foreign = path.join(dir, "notes.txt");
    fs.writeFileSync(foreign, "not a backup at all\n".repeat(100));
    const refused = cli("restore", [foreign], target);
    expect(refused.output).toMatch(isPostgres ? /pg_restore failed/ : /is not a SQLite backup/);
    expect(refused.status).toBe(1);
    expect(Object.values(await contents(target)).flat()).toEqual([]);
  });

  it.skipIf(isPostgres)("finishes a SQLite backup while another process writes every few milliseconds", async () => {
    // ~25 MB, so that a copy in small steps would span many of the other process's writes.
    const busy = path.join(dir, "busy.db");
    const db = new Database(busy);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    const insert = db.prepare("INSERT INTO t (v) VALUES (?)");
    db.transaction(() => {
      for (let i = 0; i < 100_000; i++) insert.run("x".repeat(200));
    })();
    db.close();
    const writerCode = `const db = new (require("better-sqlite3"))(${JSON.stringify(busy)}, { timeout: 5000 });
      const insert = db.prepare("INSERT INTO t (v) VALUES ('w')"); setInterval(() => insert.run(), 2); process.send("writing");`;
    const writer = spawn(process.execPath, ["-e", writerCode], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    try {
      await new Promise((resolve) => writer.once("message", resolve));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const copy = path.join(dir, "busy.backup");
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("the backup did not finish within 10 s")), 10_000));
      await Promise.race([backupDatabase(`file:${busy}`, copy), timeout]);
      const restored = new Database(copy, { readonly: true });
      expect(restored.prepare("SELECT count(*) FROM t").pluck().get()).toBeGreaterThanOrEqual(100_000);
      restored.close();
    } finally {
      writer.kill();
    }
  });
});
