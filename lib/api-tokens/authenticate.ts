import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { AccessError } from "@/lib/errors";
import { consume, parseLimits, RateLimitedError, describeWait } from "@/lib/rate-limit";
import { parseScopes, type ApiScope } from "./scopes";
import { hashToken, looksLikeToken } from "./token-secret";

export interface TokenCaller {
  user: CurrentUser;
  tokenId: string;
  scopes: ApiScope[];
}

/** lastUsedAt is a person's "is this token still in use?": minute precision saves a write on every request. */
const LAST_USED_PRECISION_MS = 60_000;

const refused = () => new AccessError(401, "This API token is not valid: it is unknown or revoked, or its owner's account is deactivated.", "invalid_token");

/**
 * The caller behind `Authorization: Bearer <token>`, as the database has them now: a revoked token, or one whose
 * owner is deactivated, is refused on its next request (401). Counts the request against the token's rate limits
 * (429) and notes when the token was last used.
 */
export async function authenticateToken(token: string): Promise<TokenCaller> {
  if (!looksLikeToken(token)) throw refused();
  const db = getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, scopes: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, active: true } } },
  });
  if (!row || row.revokedAt || !row.user.active) throw refused();
  await limitTokenUse(row.id);
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { id, email, name, role } = row.user;
  return { user: { id, email, name, role }, tokenId: row.id, scopes: parseScopes(row.scopes) };
}

/** Per token, in the shared store: ERRATA_API_TOKEN_LIMITS (default 600 a minute, 20,000 an hour). */
async function limitTokenUse(tokenId: string): Promise<void> {
  const limits = parseLimits(process.env.ERRATA_API_TOKEN_LIMITS ?? "600/1m, 20000/1h");
  const result = await consume("api-token", tokenId, limits);
  if (!result.allowed) throw new RateLimitedError(`This token has made too many requests; try again in ${describeWait(result.retryAfter)}.`, result.retryAfter);
}

/**
 * One audit row per state-changing request made with a token, after it is answered: which token, which route,
 * and how it ended. The change itself has its own row, written in its transaction by the verb that made it.
 */
export async function auditTokenRequest(caller: TokenCaller, request: { method: string; path: string; status: number }): Promise<void> {
  await audit(getDb(), { actorId: caller.user.id, action: "api_token.used", entityType: "ApiToken", entityId: caller.tokenId, after: request });
}
