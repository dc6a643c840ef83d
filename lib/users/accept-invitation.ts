import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { getDb, type Tx } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { wellFormedString } from "@/lib/text";
import { createUser } from "./create-user";
import { hashInvitationToken } from "./invite-user";

export const acceptInvitationSchema = z.object({
  token: z.string().min(10).max(100),
  name: wellFormedString().trim().max(100).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

/** Whoever holds a valid invitation link sets a password and gets the invited account (once). */
export async function acceptInvitation(input: z.input<typeof acceptInvitationSchema>) {
  const { token, name, password } = acceptInvitationSchema.parse(input);
  const invitation = await pendingInvitation(token);
  // Used up in the transaction that creates the account: a failed creation leaves the link valid.
  const claim = async (tx: Tx) => {
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (claimed.count !== 1) throw new UserError("This invitation has already been used.", 409);
  };
  return createUser({ email: invitation.email, role: invitation.role, name, password }, { actorId: invitation.createdById, claim });
}

export async function pendingInvitation(token: string) {
  const invitation = await getDb().invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
  if (!invitation || invitation.acceptedAt) throw new UserError("This invitation link is not valid (or was already used).", 404);
  if (invitation.expiresAt < new Date()) throw new UserError("This invitation has expired; ask an admin for a new one.", 404);
  return invitation;
}
