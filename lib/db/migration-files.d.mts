import type { DatabaseProvider } from "./url.mjs";

export interface MigrationRow {
  migration_name: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

export interface MigrationStatus {
  /** Shipped, not applied yet. */
  pending: string[];
  /** Started and neither finished nor rolled back: Prisma's deploy refuses to go on until someone resolves them. */
  failed: string[];
}

export function migrationsFolder(provider: DatabaseProvider, root?: string): string;
export function shippedMigrations(provider: DatabaseProvider, root?: string): string[];
export function compareMigrations(rows: MigrationRow[], shipped: string[]): MigrationStatus;
export const APPLIED_MIGRATIONS_SQL: string;
