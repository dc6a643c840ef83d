import { getDb, type Db, type Tx } from "@/lib/db";

/** Ends every session of the account made before now (sign-out; an admin's deactivation or role change). */
export async function revokeSessions(userId: string, db: Db | Tx = getDb()): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
