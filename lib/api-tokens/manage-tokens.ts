import { z } from "zod";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { API_SCOPES, formatScopes } from "./scopes";
import { newTokenSecret } from "./token-secret";

/** Enough for every tool a person connects; a limit so that a script gone wrong cannot fill the table. */
export const MAX_ACTIVE_TOKENS = 25;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token (what it is for).").max(100),
  scopes: z.array(z.enum(API_SCOPES)).min(1, "Choose at least one scope.").max(API_SCOPES.length),
});

export const revokeApiTokenSchema = z.object({ tokenId: z.string().min(1).max(64) });

/**
 * Any signed-in user makes a personal token. The token itself is returned once, here; only its hash is kept.
 * Its scopes never widen what its owner's role allows.
 */
export async function createApiToken(user: CurrentUser, input: z.input<typeof createApiTokenSchema>) {
  const { name, scopes } = createApiTokenSchema.parse(input);
  const secret = newTokenSecret();
  return getDb().$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) throw new UserError(`You have ${MAX_ACTIVE_TOKENS} tokens already; revoke one you no longer use first.`, 409);
    const row = await tx.apiToken.create({ data: { userId: user.id, name, scopes: formatScopes(scopes), tokenHash: secret.hash, prefix: secret.shown } });
    await audit(tx, { actorId: user.id, action: "api_token.created", entityType: "ApiToken", entityId: row.id, after: { name, scopes: row.scopes } });
    return { id: row.id, name, scopes: row.scopes, prefix: row.prefix, token: secret.token };
  });
}

/** The owner revokes one of their tokens: it stops working on its next request. */
export async function revokeApiToken(user: CurrentUser, input: z.input<typeof revokeApiTokenSchema>) {
  const { tokenId } = revokeApiTokenSchema.parse(input);
  await getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: user.id }, select: { revokedAt: true, name: true } });
    if (!token) throw new UserError("You have no token with that id.", 404);
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await audit(tx, { actorId: user.id, action: "api_token.revoked", entityType: "ApiToken", entityId: tokenId, before: { name: token.name } });
  });
}
