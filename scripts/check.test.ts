import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
let dir: string;

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function check(...args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/check.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "errata-check-"));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("scripts/check.ts", () => {
  const source = "Прокуратура запустила сайт stopterrorism.kz.\n\nОн хотел поехать в Москву.\n";
  // A BOM first, and the target's offsets must count from after it.
  const target = "\uFEFFThe prosecutors launched the site stopterrorism. kz.\n\nHe wanted to to go to Moscow.\n";

  it("prints the flags as JSON with offsets into the text as read", () => {
    const { status, stdout } = check(write("a.ru.txt", source), write("a.en.txt", target), "--json");
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    const text = target.slice(1);
    const byCheck = Object.fromEntries(result.flags.map((f: { check: string }) => [f.check, f]));
    expect(Object.keys(byCheck).sort()).toEqual(["broken-domain", "repeated-word"]);
    for (const flag of result.flags) {
      expect(Object.keys(flag)).toEqual(["check", "category", "severity", "message", "target", "source", "suggestion"]);
      expect(text.slice(flag.target.start, flag.target.end)).toBe(flag.target.text);
      if (flag.source) expect(source.slice(flag.source.start, flag.source.end)).toBe(flag.source.text);
    }
    expect(byCheck["broken-domain"].suggestion).toBe("stopterrorism.kz");
    expect(byCheck["repeated-word"].target.text).toBe("to to");
    expect(result.stats.flags).toBe(2);
  });

  it("prints a readable report with line:column and a summary", () => {
    const { status, stdout } = check(write("b.ru.txt", source), write("b.en.txt", target));
    expect(status).toBe(0);
    expect(stdout).toMatch(/b\.en\.txt:3:11 {2}repeated-word {2}“to to”/);
    expect(stdout).toMatch(/→ stopterrorism\.kz/);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^2 flags \(0 critical, 1 major, 1 minor\) in \d+ ms$/);
  });

  it("exits with 2 on a missing file", () => {
    const { status, stderr } = check(path.join(dir, "missing.ru.txt"), write("c.en.txt", target), "--json");
    expect(status).toBe(2);
    expect(stderr).toMatch(/missing\.ru\.txt: no such file/);
  });

  it("exits with 2 on a file that is not UTF-8", () => {
    const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]);
    const { status, stderr } = check(write("d.ru.txt", latin1), write("d.en.txt", target), "--json");
    expect(status).toBe(2);
    expect(stderr).toMatch(/d\.ru\.txt is not UTF-8/);
  });
});
