import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, databaseProvider, databaseUrl, migrationsFolder, shippedMigrations, type Db } from "@/lib/db";
import { BOOTSTRAP_VERSION, checkDatabase } from "../../scripts/database-check.mjs";
import { freshDatabase } from "../../scripts/fresh-database";

// What `npm start` decides from two plain queries (scripts/database-check.mjs): run the schema engine or not, run
// the bootstrap or not. On the suite's database (SQLite, or PostgreSQL when DATABASE_URL says so).
const provider = databaseProvider(databaseUrl());
const roots: string[] = [];
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

function tsx(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  return result.stdout;
}

describe("the migration check", () => {
  it("finds nothing pending on a migrated database", async () => {
    const state = await checkDatabase(databaseUrl(), { demo: false });
    expect(state).toMatchObject({ migrationsCurrent: true, pending: [] });
  });

  it("names a shipped migration the database has not applied", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "errata-start-check-"));
    roots.push(root);
    fs.cpSync(migrationsFolder(provider), migrationsFolder(provider, root), { recursive: true });
    fs.mkdirSync(path.join(migrationsFolder(provider, root), "99991231000000_not_applied_yet"));
    const state = await checkDatabase(databaseUrl(), { demo: false, root });
    expect(state).toMatchObject({ migrationsCurrent: false, pending: ["99991231000000_not_applied_yet"], bootstrapped: false });
  });

  it("counts every migration pending on an empty database, and on one it cannot reach", async () => {
    const empty = await freshDatabase("startcheck-empty");
    expect(await checkDatabase(empty, { demo: false })).toMatchObject({ migrationsCurrent: false, pending: shippedMigrations(provider) });
    const unreachable = provider === "postgresql" ? "postgresql://errata:x@127.0.0.1:1/errata" : `file:${path.join(os.tmpdir(), "no-such-folder-errata", "x.db")}`;
    expect(await checkDatabase(unreachable, { demo: false })).toMatchObject({ migrationsCurrent: false });
  });
});

describe("the bootstrap marker", { timeout: 300_000 }, () => {
  let url: string;
  let db: Db;

  beforeAll(async () => {
    url = await freshDatabase("startcheck");
    tsx("scripts/db.ts", ["deploy"], { DATABASE_URL: url });
    db = createClient(url);
  });
  afterAll(() => db?.$disconnect());

  it("is missing on a migrated database the bootstrap has not seen, so a start runs it", async () => {
    expect(await checkDatabase(url, { demo: true })).toMatchObject({ migrationsCurrent: true, bootstrapped: false, demoAccounts: false });
  });

  it("is written by the bootstrap: the next start has nothing to load", async () => {
    const output = tsx("scripts/bootstrap.ts", [], { DATABASE_URL: url, ERRATA_DEMO: "1" });
    expect(output).toMatch(/Loaded the starter glossary/);
    expect(output).toMatch(/Loaded \d+ demo articles/);
    expect(await checkDatabase(url, { demo: true })).toMatchObject({ migrationsCurrent: true, bootstrapped: true, demoAccounts: true });
    expect(await checkDatabase(url, { demo: false })).toMatchObject({ bootstrapped: true });
  });

  it("stays written after a user deletes the demo and a starter term: nothing is loaded again", async () => {
    const term = await db.glossaryTerm.findFirstOrThrow({ select: { id: true } });
    await db.glossaryTerm.delete({ where: { id: term.id } });
    await db.article.deleteMany({});
    const terms = await db.glossaryTerm.count();
    expect(await checkDatabase(url, { demo: true })).toMatchObject({ bootstrapped: true });
    // Were the bootstrap to run again (a newer schema, a lost marker), its own once-only settings hold too.
    await db.setting.delete({ where: { key: "bootstrapped" } });
    expect(await checkDatabase(url, { demo: true })).toMatchObject({ bootstrapped: false });
    const output = tsx("scripts/bootstrap.ts", [], { DATABASE_URL: url, ERRATA_DEMO: "1" });
    expect(output).not.toMatch(/Loaded/);
    expect(await db.article.count()).toBe(0);
    expect(await db.glossaryTerm.count()).toBe(terms);
    expect(await checkDatabase(url, { demo: true })).toMatchObject({ bootstrapped: true });
  });

  it("is out of date when written for an older schema, or without the demo a start now wants", async () => {
    const marker = { version: BOOTSTRAP_VERSION, migration: shippedMigrations(provider).at(-1)!, demo: true };
    await db.setting.update({ where: { key: "bootstrapped" }, data: { value: { ...marker, migration: "20000101000000_older" } } });
    expect(await checkDatabase(url, { demo: true })).toMatchObject({ bootstrapped: false });
    await db.setting.update({ where: { key: "bootstrapped" }, data: { value: { ...marker, demo: false } } });
    expect(await checkDatabase(url, { demo: true })).toMatchObject({ bootstrapped: false });
    expect(await checkDatabase(url, { demo: false })).toMatchObject({ bootstrapped: true });
  });
});
