import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth";
import { getDb } from "@/lib/db";

const email = `cli-${randomUUID().slice(0, 8)}@test.errata`;
afterAll(async () => {
  const user = await getDb().user.findUnique({ where: { email } });
  if (user) {
    await getDb().auditEntry.deleteMany({ where: { entityId: user.id } });
    await getDb().user.delete({ where: { id: user.id } });
  }
});

function userCreate(args: string[], password: string) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/user-create.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, ERRATA_PASSWORD: password },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run user:create", { timeout: 90_000 }, () => {
  it("creates a real account with the role and a bcrypt hash of the password", async () => {
    const created = userCreate(["--email", email, "--role", "editor"], "a-long-password-1");
    expect(created.output).toContain(`Created EDITOR ${email}`);
    expect(created.status).toBe(0);
    const user = await getDb().user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("EDITOR");
    expect(user.passwordHash).not.toContain("a-long-password-1");
    expect(await verifyPassword("a-long-password-1", user.passwordHash)).toBe(true);
  });

  it("refuses a second account for the email, a short password and an unknown role, with a reason", () => {
    expect(userCreate(["--email", email, "--role", "EDITOR"], "a-long-password-1").output).toMatch(/already exists/);
    const short = userCreate(["--email", `x-${email}`, "--role", "EDITOR"], "short");
    expect(short.output).toMatch(/password: must be at least 10 characters/);
    expect(short.status).toBe(1);
    expect(userCreate(["--email", `y-${email}`, "--role", "OWNER"], "a-long-password-1").output).toMatch(/role/);
  });
});
