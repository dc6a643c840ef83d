import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { UserError } from "@/lib/errors";

const run = promisify(execFile);

/**
 * pg_dump or pg_restore: on PATH, else the newest of Debian's /usr/lib/postgresql/<version>/bin (pg_dump must be
 * at least as new as the server, and Debian does not always put the tools on PATH).
 */
function postgresTool(name: "pg_dump" | "pg_restore", env: NodeJS.ProcessEnv = process.env): string {
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = path.join(root, version, "bin", name);
    if (isExecutable(candidate)) return candidate;
  }
  throw new UserError(`${name} was not found on PATH nor in ${root}/*/bin: install PostgreSQL's client tools (apt-get install postgresql-client).`, 404);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** libpq reads the URL itself, but not Prisma's own parameters (?schema=…), which it would refuse. */
function libpqUrl(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("schema");
  return parsed.toString();
}

async function tool(name: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  try {
    await run(postgresTool(name), args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    if (error instanceof UserError) throw error;
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new UserError(`${name} failed: ${stderr || (error instanceof Error ? error.message : String(error))}`, 422);
  }
}

/** pg_dump's custom format: compressed, one consistent snapshot, restored table by table by pg_restore. */
export async function backupPostgres(url: string, destination: string): Promise<void> {
  await tool("pg_dump", ["--format=custom", `--file=${destination}`, `--dbname=${libpqUrl(url)}`]);
}

/**
 * Restores into the database of `url` in one transaction (a failure leaves it as it was). --clean drops the
 * dump's tables first, so that an already migrated, empty database takes the restore too. Owners and grants
 * are left out: the role in DATABASE_URL owns what it restores.
 */
export async function restorePostgres(backup: string, url: string): Promise<void> {
  if (!fs.existsSync(backup)) throw new UserError(`There is no backup at ${backup}.`, 404);
  await tool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${libpqUrl(url)}`, backup]);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function postgresTables(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    return rows.map((row) => row.name);
  });
}

/** The tables of the database of `url` that hold at least one row. */
export async function postgresTablesWithRows(url: string): Promise<string[]> {
  const tables = await postgresTables(url);
  return withClient(url, async (client) => {
    const filled: string[] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ filled: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${table}") AS filled`);
      if (rows[0].filled) filled.push(table);
    }
    return filled;
  });
}
