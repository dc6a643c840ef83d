import path from "node:path";
import { defineConfig } from "vitest/config";

// The cluster suite: real `next start` servers on the production build, started by the tests themselves (two
// instances on one PostgreSQL; one killed with SIGKILL mid-burst). Its own config, so that `vitest run` (unit
// and db) never starts servers. Run it through `npm test -- --only cluster`.
const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    environment: "node",
    include: ["tests/cluster/**/*.test.ts"],
    globalSetup: ["tests/cluster/setup.ts"],
    // The files start servers on fixed ports and share one database: one file at a time.
    fileParallelism: false,
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
