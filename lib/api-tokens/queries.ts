import { getDb } from "@/lib/db";

/** A user's tokens for their tokens page, newest first: never the hash. */
export async function listApiTokens(userId: string) {
  return getDb().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true, revokedAt: true, createdAt: true },
  });
}
