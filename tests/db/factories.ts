import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { getDb, type Role } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth";
import { hashPassword } from "@/lib/auth/passwords";

const createdUsers: string[] = [];

/** A user of its own for one test file (removed with everything it made once the file is done). */
export async function createTestUser(role: Role, password = "correct-horse-battery"): Promise<CurrentUser & { password: string }> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.errata`;
  const user = await getDb().user.create({ data: { email, role, passwordHash: await hashPassword(password) } });
  createdUsers.push(user.id);
  return { id: user.id, email, name: null, role, password };
}

/** A short ru→en pair nobody else's test can collide with (imports refuse exact duplicates). */
export function uniquePair(marker = randomUUID().slice(0, 8)) {
  return {
    title: `Test article ${marker}`,
    source: `Министр Аскар Умаров прибыл в Астану ${marker}.\n\nОн встретился с журналистами в среду.`,
    target: `Minister Askar Umarov arrived in Astana ${marker}.\n\nHe met journalists on Wednesday.`,
  };
}

afterAll(async () => {
  if (createdUsers.length === 0) return;
  const db = getDb();
  await db.article.deleteMany({ where: { importedById: { in: createdUsers } } });
  await db.dismissal.deleteMany({ where: { userId: { in: createdUsers } } });
  await db.auditEntry.deleteMany({ where: { actorId: { in: createdUsers } } });
  await db.invitation.deleteMany({ where: { createdById: { in: createdUsers } } });
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
});
