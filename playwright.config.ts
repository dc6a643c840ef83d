import { defineConfig, devices } from "@playwright/test";
import { e2eEnvironment } from "./tests/e2e/environment";

// The e2e suite runs against the real app (`npm start`: migrations, demo data, production build) on its own
// database; scripts/test.ts prepares that database and exports its URL.
const env = e2eEnvironment();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: env.baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // `npm start` without npm in between: Playwright's SIGTERM reaches the server, which drains and exits.
    command: "node scripts/start.mjs",
    url: `${env.baseURL}/login`,
    reuseExistingServer: false,
    timeout: 240_000,
    env: env.server,
    stdout: "ignore",
    stderr: "pipe",
  },
});
