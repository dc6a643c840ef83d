import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * A database of its own for a suite's servers, next to the one in `url`: a fresh data/<suite>.db, or a fresh
 * `<name>_<suite>` on the PostgreSQL server of `url`. Returns its URL.
 */
export async function freshDatabase(suite: string, url = process.env.DATABASE_URL): Promise<string> {
  if (!url || !/^postgres/.test(url)) {
    const file = path.join(process.cwd(), "data", `${suite}.db`);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    return `file:${file}`;
  }
  const target = new URL(url);
  const name = `${target.pathname.slice(1) || "errata"}_${suite}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  target.pathname = `/${name}`;
  return target.toString();
}
