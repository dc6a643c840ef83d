import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { canManageUsers } from "@/lib/permissions";

const INVITATION_DAYS = 7;

export const inviteUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("must be an email address"),
  role: z.enum(["REVIEWER", "EDITOR", "ADMIN"]),
});

export const hashInvitationToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * An admin invites someone: the invitation link carries a random token, of which only the hash is stored;
 * the admin passes the link on. It expires after a week.
 */
export async function inviteUser(user: CurrentUser, input: z.input<typeof inviteUserSchema>) {
  if (!canManageUsers(user)) throw new UserError("Only admins can invite people.", 403);
  const { email, role } = inviteUserSchema.parse(input);
  const token = randomBytes(24).toString("base64url");
  return getDb().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new UserError(`An account for ${email} already exists.`, 409);
    const invitation = await tx.invitation.create({
      data: { email, role, tokenHash: hashInvitationToken(token), expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000), createdById: user.id },
    });
    await audit(tx, { actorId: user.id, action: "user.invited", entityType: "Invitation", entityId: invitation.id, after: { email, role } });
    return { token, email, role, expiresAt: invitation.expiresAt };
  });
}
