/**
 * An error the person who caused it can fix: bad input, a duplicate, a conflict. Its message is shown to
 * them as it is, so it says what to fix. Anything else is a bug and shows as a generic 500. A `code` in
 * `details` overrides the API's code for the status (lib/http), for a case a program should tell apart.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503 = 400,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * Not signed in (401) or signed in without the role (403): API routes answer it as JSON. `code` names the case
 * for programs (lib/http's errorResponse defaults it from the status).
 */
export class AccessError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "AccessError";
  }
}
