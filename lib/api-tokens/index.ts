/** Personal API tokens: made and revoked by their owner, shown once, kept as a hash, bounded by role and scopes. */
export { API_SCOPES, formatScopes, parseScopes, isApiScope, type ApiScope } from "./scopes";
export { TOKEN_PREFIX } from "./token-secret";
export { createApiToken, createApiTokenSchema, revokeApiToken, revokeApiTokenSchema, MAX_ACTIVE_TOKENS } from "./manage-tokens";
export { listApiTokens } from "./queries";
export { authenticateToken, auditTokenRequest, type TokenCaller } from "./authenticate";
