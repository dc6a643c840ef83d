import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: "unit" (pure lib/ and script code, no database) and "db" (the data layer against a real,
// freshly migrated database: SQLite by default, PostgreSQL when DATABASE_URL says so).
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "widget/**/*.test.ts"] } },
      { extends: true, test: { name: "db", include: ["tests/db/**/*.test.ts"], globalSetup: ["tests/setup/database.ts"], fileParallelism: false } },
    ],
  },
});
