// Generates one Prisma client per provider from the one canonical schema (a generated client is tied to
// one provider, and `provider` cannot come from an env var). Runs on `npm install` (postinstall).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { schemaForProvider } from "./schema-variants";

const root = process.cwd();
const pgSchemaPath = path.join(root, "prisma/postgresql/schema.prisma");
fs.mkdirSync(path.dirname(pgSchemaPath), { recursive: true });
fs.writeFileSync(pgSchemaPath, schemaForProvider("postgresql"));

const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], { stdio: ["ignore", "ignore", "inherit"] });
}
console.log("Prisma clients generated (sqlite, postgresql)");
