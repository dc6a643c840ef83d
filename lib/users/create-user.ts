import { z } from "zod";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/passwords";
import { audit } from "@/lib/audit";
import { getDb, Prisma, type Db, type Role, type Tx } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { wellFormedString } from "@/lib/text";

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("must be an email address"),
  name: wellFormedString().trim().max(100).optional(),
  role: z.enum(["REVIEWER", "EDITOR", "ADMIN"]),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

export type NewUser = z.input<typeof newUserSchema>;

/**
 * Creates an account. `claim` runs first in the same transaction (accepting an invitation uses it to mark the
 * invitation used), so either both happen or neither does.
 */
export async function createUser(input: NewUser, options: { actorId?: string | null; db?: Db; claim?: (tx: Tx) => Promise<void> } = {}) {
  const db = options.db ?? getDb();
  const valid = newUserSchema.parse(input);
  const passwordHash = await hashPassword(valid.password);
  try {
    return await db.$transaction(async (tx) => {
      await options.claim?.(tx);
      const user = await tx.user.create({
        data: { email: valid.email, name: valid.name ?? null, role: valid.role as Role, passwordHash },
        select: { id: true, email: true, role: true },
      });
      await audit(tx, { actorId: options.actorId ?? null, action: "user.created", entityType: "User", entityId: user.id, after: { email: user.email, role: user.role } });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new UserError(`An account for ${valid.email} already exists.`, 409);
    }
    throw error;
  }
}
