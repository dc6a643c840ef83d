import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "errata-import-cli-"));
afterAll(async () => {
  await getDb().article.deleteMany({ where: { title: { startsWith: "CLI import " } } });
  fs.rmSync(folder, { recursive: true, force: true });
});

function importCli(...args: string[]) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", ...args], { encoding: "utf8", env: process.env });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function writePair(name: string, marker: string) {
  fs.writeFileSync(path.join(folder, `${name}.ru.txt`), `Аким города открыл новую школу ${marker}.\n\nВ ней будут учиться 600 детей.`);
  fs.writeFileSync(path.join(folder, `${name}.en.txt`), `CLI import ${marker}\n\nThe mayor of the city opened a new school ${marker}. It will teach 600 children.`);
}

describe("npm run import", { timeout: 90_000 }, () => {
  it("imports one pair from files and says where to review it", () => {
    const marker = randomUUID().slice(0, 8);
    writePair(`single-${marker}`, marker);
    const { status, output } = importCli("--source", path.join(folder, `single-${marker}.ru.txt`), "--target", path.join(folder, `single-${marker}.en.txt`), "--title", `CLI import ${marker}`, "--engine", "Test MT");
    expect(output).toMatch(new RegExp(`Imported “CLI import ${marker}” \\(\\d+ flags\\): /review/articles/`));
    expect(status).toBe(0);
  });

  it("imports a folder, skips duplicates and reports each failure with its reason", async () => {
    const batch = fs.mkdtempSync(path.join(folder, "batch-"));
    const marker = randomUUID().slice(0, 8);
    for (const file of fs.readdirSync("tests/fixtures/bad")) fs.copyFileSync(path.join("tests/fixtures/bad", file), path.join(batch, file));
    fs.writeFileSync(path.join(batch, `good.ru.txt`), `Аким города открыл новую школу ${marker}.`);
    fs.writeFileSync(path.join(batch, `good.en.txt`), `CLI import ${marker}\n\nThe mayor opened a new school ${marker}.`);
    fs.writeFileSync(path.join(batch, `lonely.ru.txt`), "Только оригинал.");

    const first = importCli("--dir", batch);
    expect(first.output).toMatch(/1 imported, 0 skipped as duplicate, 4 failed/);
    expect(first.output).toMatch(/failed +no-cyrillic: .*no Cyrillic/);
    expect(first.output).toMatch(/failed +empty: .*translation is empty/);
    expect(first.output).toMatch(/failed +cp1251: .*not UTF-8/);
    expect(first.output).toMatch(/failed +lonely: no matching ru\/en file/);
    expect(first.status).toBe(1);
    expect(await getDb().article.count({ where: { title: `CLI import ${marker}` } })).toBe(1);

    const second = importCli("--dir", batch);
    expect(second.output).toMatch(/0 imported, 1 skipped as duplicate, 4 failed/);
    expect(await getDb().article.count({ where: { title: `CLI import ${marker}` } })).toBe(1);
  });
});
