import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

/** DATABASE_URL chooses the database at run time; the default is a SQLite file in the project's data folder. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL || `file:${path.join(process.cwd(), "data", "errata.db")}`;
}

export function databaseProvider(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}
