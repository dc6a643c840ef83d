import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { acceptInvitation, createUser, inviteUser } from "@/lib/users";
import { createTestUser } from "./factories";

const emails: string[] = [];
afterAll(async () => {
  const db = getDb();
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
  await db.auditEntry.deleteMany({ where: { entityId: { in: users.map((u) => u.id) } } });
  await db.user.deleteMany({ where: { id: { in: users.map((u) => u.id) } } });
});

describe("invitations", () => {
  it("turn into the invited account once, and a failed acceptance leaves the link usable", async () => {
    const admin = await createTestUser("ADMIN");
    const email = `invited-${randomUUID().slice(0, 8)}@test.errata`;
    emails.push(email);
    const { token } = await inviteUser(admin, { email, role: "EDITOR" });

    // Someone creates the account by another way first: accepting fails, and the invitation is not spent.
    const other = await createUser({ email, role: "REVIEWER", password: "another-long-password" });
    await expect(acceptInvitation({ token, password: "a-long-password-2" })).rejects.toThrow(/already exists/);
    expect((await getDb().invitation.findFirstOrThrow({ where: { email } })).acceptedAt).toBeNull();

    await getDb().user.delete({ where: { id: other.id } });
    const user = await acceptInvitation({ token, password: "a-long-password-2" });
    expect(user).toMatchObject({ email, role: "EDITOR" });
    await expect(acceptInvitation({ token, password: "a-long-password-2" })).rejects.toThrow(/not valid|already been used/);
    await getDb().invitation.deleteMany({ where: { email } });
  });
});
