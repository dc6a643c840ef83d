import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { textCounts } from "@/lib/article-counts";
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

/**
 * Many short articles at once, each with its first revision and stored counts (no flags, no reports), written with
 * createMany rather than imported one by one (the checks would take minutes): for tests of lists at archive
 * scale. Imported by `importedById`, so they are removed with that test user.
 */
export async function createArticlesFast(count: number, options: { importedById: string; engine?: string; createdAt?: Date }) {
  const db = getDb();
  const batch = randomUUID().slice(0, 8);
  const start = options.createdAt?.getTime() ?? Date.now() - count * 1000;
  const rows = Array.from({ length: count }, (_, i) => {
    const pair = uniquePair(`${batch}-${i}`);
    return { id: `fast-${batch}-${i}`, slug: `fast-${batch}-${i}`, title: pair.title, sourceText: pair.source, target: pair.target, createdAt: new Date(start + i * 1000) };
  });
  // Chunks keep each statement under SQLite's 999 bound parameters.
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    await db.article.createMany({
      data: chunk.map(({ target, ...row }) => ({ ...row, ...textCounts(row.title, target), contentHash: `fast-${row.id}`, engine: options.engine ?? null, importedById: options.importedById })),
    });
    await db.revision.createMany({ data: chunk.map((row) => ({ articleId: row.id, number: 1, text: row.target, origin: "import", authorId: options.importedById })) });
  }
  return rows.map(({ id, slug, title, createdAt }) => ({ id, slug, title, createdAt }));
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
