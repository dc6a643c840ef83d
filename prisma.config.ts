import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/db/url.mjs";

// Every Prisma 7 CLI command first downloads a native schema engine, which this offline machine cannot reach.
// `prisma generate` needs no engine but checks that the path exists; migrations run through
// scripts/db.ts (the Wasm schema engine). `||=`, not `??=`: an empty value would bring the download back.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(process.cwd(), "package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: databaseUrl() },
});
