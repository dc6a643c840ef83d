import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { revokeSessions } from "@/lib/auth/revoke";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canManageUsers } from "@/lib/permissions";

export const changeRoleSchema = z.object({ userId: z.string().min(1).max(64), role: z.enum(["REVIEWER", "EDITOR", "ADMIN"]) });
export const setUserActiveSchema = z.object({ userId: z.string().min(1).max(64), active: z.boolean() });

/** An admin changes someone's role (they sign in again); not their own, so that the last admin cannot lock everyone out. */
export async function changeRole(user: CurrentUser, input: z.input<typeof changeRoleSchema>) {
  if (!canManageUsers(user)) throw new UserError("Only admins can change roles.", 403);
  const { userId, role } = changeRoleSchema.parse(input);
  if (userId === user.id) throw new UserError("You cannot change your own role; ask another admin.", 422);
  await getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new UserError("No such user.", 404);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await revokeSessions(userId, tx);
    await audit(tx, { actorId: user.id, action: "user.role_changed", entityType: "User", entityId: userId, before: { role: before.role }, after: { role } });
  });
}

/** An admin deactivates (or reactivates) an account; its sessions end (on its next request). */
export async function setUserActive(user: CurrentUser, input: z.input<typeof setUserActiveSchema>) {
  if (!canManageUsers(user)) throw new UserError("Only admins can deactivate accounts.", 403);
  const { userId, active } = setUserActiveSchema.parse(input);
  if (userId === user.id) throw new UserError("You cannot deactivate your own account.", 422);
  await getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
    if (!before) throw new UserError("No such user.", 404);
    await tx.user.update({ where: { id: userId }, data: { active } });
    await revokeSessions(userId, tx);
    await audit(tx, { actorId: user.id, action: active ? "user.reactivated" : "user.deactivated", entityType: "User", entityId: userId, before: { active: before.active }, after: { active } });
  });
}
