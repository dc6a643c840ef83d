import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enableWal, getDb } from "@/lib/db";

// The server keeps one connection open on the database, in WAL mode (`npm start` turns it on, scripts/database-check.mjs). This test
// process does the same through the app's own client, and the command-line tools must work beside it.
const marker = randomUUID().slice(0, 8);
const email = `beside-${marker}@test.errata`;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "errata-beside-"));

beforeAll(async () => {
  await enableWal(getDb());
  await getDb().user.count(); // a read, so the connection is open and holds its WAL share
});

afterAll(async () => {
  const user = await getDb().user.findUnique({ where: { email } });
  if (user) {
    await getDb().auditEntry.deleteMany({ where: { entityId: user.id } });
    await getDb().user.delete({ where: { id: user.id } });
  }
  await getDb().article.deleteMany({ where: { title: `Beside ${marker}` } });
  fs.rmSync(folder, { recursive: true, force: true });
});

function tsx(script: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, ms: Date.now() - started };
}

describe("command-line tools beside a running server", { timeout: 90_000 }, () => {
  it("the migration step finds nothing pending without taking the database", () => {
    const deploy = tsx("scripts/db.ts", ["deploy"]);
    expect(deploy.output).toMatch(/none pending/);
    expect(deploy.status).toBe(0);
  });

  it("npm run user:create creates the account", async () => {
    const created = tsx("scripts/user-create.ts", ["--email", email, "--role", "reviewer"], { ERRATA_PASSWORD: "a-long-password-1" });
    expect(created.output).toContain(`Created REVIEWER ${email}`);
    expect(created.status).toBe(0);
    expect(await getDb().user.count({ where: { email } })).toBe(1);
  });

  it("npm run import imports the article", async () => {
    fs.writeFileSync(path.join(folder, "a.ru.txt"), `Аким города открыл новую школу ${marker}.`);
    fs.writeFileSync(path.join(folder, "a.en.txt"), `Beside ${marker}\n\nThe mayor opened a new school ${marker}.`);
    const imported = tsx("scripts/import.ts", ["--source", path.join(folder, "a.ru.txt"), "--target", path.join(folder, "a.en.txt")]);
    expect(imported.output).toMatch(/Imported “Beside/);
    expect(imported.status).toBe(0);
    expect(await getDb().article.count({ where: { title: `Beside ${marker}` } })).toBe(1);
  });
});
