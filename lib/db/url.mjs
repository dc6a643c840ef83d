// Which database: plain JavaScript, so that `npm start` (scripts/start.mjs) finds it as the app does.
import path from "node:path";

/** DATABASE_URL chooses the database at run time; the default is a SQLite file in the project's data folder. */
export function databaseUrl(env = process.env) {
  return env.DATABASE_URL || `file:${path.join(process.cwd(), "data", "errata.db")}`;
}

export function databaseProvider(url) {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

export function sqliteFilePath(url) {
  return url.replace(/^file:/, "");
}
