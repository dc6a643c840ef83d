/**
 * What a token may be used for, on top of its owner's role: `read` every GET, `import` new articles, `review`
 * propose, decide and revert corrections, dismiss flags, triage reports.
 */
export const API_SCOPES = ["read", "import", "review"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const isApiScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);

/** The stored form: comma-separated, in API_SCOPES order, each once. */
export const formatScopes = (scopes: readonly ApiScope[]): string => API_SCOPES.filter((scope) => scopes.includes(scope)).join(",");

/** Reads the stored form; anything unknown (a scope since removed) grants nothing. */
export const parseScopes = (stored: string): ApiScope[] => stored.split(",").map((scope) => scope.trim()).filter(isApiScope);
