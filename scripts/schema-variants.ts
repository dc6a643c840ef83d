import fs from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "../lib/db/url.mjs";

const canonicalSchemaPath = path.join(process.cwd(), "prisma/schema.prisma");

/** The canonical (SQLite) schema rewritten for a provider: the datasource and the client's output folder. */
export function schemaForProvider(provider: DatabaseProvider): string {
  const schema = fs.readFileSync(canonicalSchemaPath, "utf8");
  if (provider === "sqlite") return schema;
  return schema
    .replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/, `$1"postgresql"`)
    .replace(/output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/, `output   = "../../lib/db/generated/postgresql"`);
}
