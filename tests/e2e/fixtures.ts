import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "@/lib/db";
import { e2eEnvironment } from "./environment";

// The tests talk to the same database as the server, to set up their own users and check what was stored.
process.env.DATABASE_URL = e2eEnvironment().databaseUrl;
const { getDb } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/passwords");

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

type Fixtures = {
  db: ReturnType<typeof getDb>;
  /** Creates a user for this test only; it is deleted with what it authored when the test ends. */
  makeUser: (role: Role) => Promise<TestUser>;
  signIn: (page: Page, user: TestUser) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  db: async ({}, provide) => provide(getDb()),
  makeUser: async ({ db }, provide) => {
    const ids: string[] = [];
    await provide(async (role) => {
      const password = `pw-${randomUUID()}`;
      const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@e2e.errata`;
      const user = await db.user.create({ data: { email, role, passwordHash: await hashPassword(password) } });
      ids.push(user.id);
      return { id: user.id, email, password, role };
    });
    if (ids.length) {
      await db.article.deleteMany({ where: { importedById: { in: ids } } });
      await db.auditEntry.deleteMany({ where: { actorId: { in: ids } } });
      await db.user.deleteMany({ where: { id: { in: ids } } });
    }
  },
  signIn: async ({}, provide) => {
    await provide(async (page, user) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/review/);
    });
  },
});

export { expect };
