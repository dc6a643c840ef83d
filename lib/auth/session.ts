import { getServerSession, type Session } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getDb, type Role } from "@/lib/db";
import { authOptions } from "./options";
import { hasRole } from "./roles";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

/** The signed-in user of this request (see userOfSession). */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return userOfSession(await getServerSession(authOptions));
}

/**
 * The user a session is for, as the database has them now, or null when the session is over: a deactivated
 * account, a changed role or a sign-out takes effect on the next request, not when the cookie expires. A token
 * from before session versions existed counts as version 0.
 */
export async function userOfSession(session: Session | null): Promise<CurrentUser | null> {
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true } });
  if (!user?.active || user.sessionVersion !== (session.user.sessionVersion ?? 0)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For pages and server actions: signed out → /login (back here afterwards), signed in without the role → 403. */
export async function requireRole(minimum: Role, returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  if (!hasRole(user, minimum)) forbidden();
  return user;
}
