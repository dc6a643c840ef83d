export { getDb, createClient, enableWal, ANALYSIS_WRITE, type Db, type Tx } from "./client";
export { closeDb } from "./process-client";
export { databaseUrl, databaseProvider, type DatabaseProvider } from "./url.mjs";
export * from "./generated/sqlite/enums";
export type {
  User,
  Article,
  Revision,
  Flag,
  Report,
  Correction,
  GlossaryTerm,
  AuditEntry,
  Publisher,
  Dismissal,
  OutboxMessage,
} from "./generated/sqlite/client";
export { Prisma } from "./generated/sqlite/client";
export { migrationStatus, shippedMigrations, migrationsFolder, type MigrationStatus } from "./migrations";
export { pageNumberSchema, pageWindow, toPage } from "./paging";
