// npm run restore -- FILE [--force]   restores a backup made by `npm run backup` into the database in
//                                     DATABASE_URL; a database that holds data is replaced only with --force.
//                                     Stop the server first; `npm start` applies any newer migrations after.
import { parseArgs } from "node:util";
import { restoreDatabase } from "@/lib/backup";
import { databaseUrl } from "@/lib/db/url.mjs";
import { runCommand } from "./run-command";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
runCommand("npm run restore -- FILE [--force]", positionals[0], async (file) => {
  await restoreDatabase(databaseUrl(), file, { force: values.force });
  return `Restored ${file} into the database`;
});
