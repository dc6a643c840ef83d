import { z } from "zod";
import { getDb, type Role } from "@/lib/db";
import { verifyPassword } from "./passwords";
import { limitSignInAttempts } from "./sign-in-limits";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

/**
 * A bcrypt hash (cost 12, as hashPassword makes) of a random password nobody knows. An unknown email's password
 * is compared with it, so that signing in takes as long whether or not the account exists.
 */
export const DECOY_PASSWORD_HASH = "$2b$12$XlQfSP2F3Yvt50e05GalzeIUIKRj16c6FpDbpt/x.fqTShW6SJ0C2";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Goes into the session token; a session whose version is behind the account's is over (see session.ts). */
  sessionVersion: number;
}

/** The account an email and password sign in to, or null; throws a message for the form when over the attempt limits. */
export async function authorizeCredentials(raw: unknown, headers: Headers): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  await limitSignInAttempts(parsed.data.email, headers);
  const user = await getDb().user.findUnique({ where: { email: parsed.data.email } });
  // Always one bcrypt comparison, also for no account or a deactivated one: the time tells nothing.
  const passwordMatches = await verifyPassword(parsed.data.password, user?.passwordHash ?? DECOY_PASSWORD_HASH);
  if (!user || !user.active || !passwordMatches) return null;
  return { id: user.id, email: user.email, name: user.name ?? user.email, role: user.role, sessionVersion: user.sessionVersion };
}
