// npm run backup -- FILE     a consistent backup of the database in DATABASE_URL, safe while the server runs
//                            (SQLite's online backup API; pg_dump's custom format for PostgreSQL)
import { backupDatabase } from "@/lib/backup";
import { databaseUrl } from "@/lib/db/url.mjs";
import { runCommand } from "./run-command";

const [file] = process.argv.slice(2);
runCommand("npm run backup -- FILE", file, async () => {
  await backupDatabase(databaseUrl(), file);
  return `Backed up the database to ${file}`;
});
