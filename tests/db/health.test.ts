import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClient, databaseProvider, databaseUrl, migrationsFolder, shippedMigrations } from "@/lib/db";
import { checkHealth } from "@/lib/health";

const provider = databaseProvider(databaseUrl());
const packageVersion = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string }).version;

/** A copy of the project's package.json and migrations with one more migration shipped than the database has. */
function rootWithNewMigration(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "errata-health-"));
  fs.copyFileSync("package.json", path.join(root, "package.json"));
  fs.cpSync(migrationsFolder(provider), migrationsFolder(provider, root), { recursive: true });
  fs.mkdirSync(path.join(migrationsFolder(provider, root), "99991231000000_not_applied_yet"));
  return root;
}
const roots: string[] = [];
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

describe("checkHealth", () => {
  it("is ok when the database answers and every shipped migration is applied, with the version", async () => {
    const { httpStatus, health } = await checkHealth();
    expect(httpStatus).toBe(200);
    expect(health).toMatchObject({ status: "ok", database: "ok", migrations: { current: true, pending: [], failed: [] }, version: packageVersion });
    expect(shippedMigrations(provider).length).toBeGreaterThan(0);
    expect(health.build).toMatch(/\S/);
  });

  it("is unavailable (503) while a shipped migration is not applied, and names it", async () => {
    const root = rootWithNewMigration();
    roots.push(root);
    const { httpStatus, health } = await checkHealth({ root });
    expect(httpStatus).toBe(503);
    expect(health).toMatchObject({ status: "unavailable", database: "ok", migrations: { current: false, pending: ["99991231000000_not_applied_yet"] } });
  });

  it("is unavailable (503) when the database cannot be reached, without a word of the error or the address", async () => {
    const url = provider === "postgresql" ? "postgresql://errata:secret-password@127.0.0.1:1/errata" : `file:${path.join(os.tmpdir(), "no-such-folder-errata", "x.db")}`;
    const db = createClient(url);
    const { httpStatus, health } = await checkHealth({ db, provider });
    expect(httpStatus).toBe(503);
    expect(health).toMatchObject({ status: "unavailable", database: "unreachable", migrations: null, version: packageVersion });
    const body = JSON.stringify(health);
    expect(body).not.toMatch(/secret-password|no-such-folder|127\.0\.0\.1|Error/);
    await db.$disconnect().catch(() => {});
  });

  it("counts a database that does not answer in time as unreachable", async () => {
    const stalled = { $queryRawUnsafe: () => new Promise(() => {}) } as unknown as ReturnType<typeof createClient>;
    const started = Date.now();
    const { httpStatus, health } = await checkHealth({ db: stalled, provider, timeoutMs: 200 });
    expect(httpStatus).toBe(503);
    expect(health.database).toBe("unreachable");
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
