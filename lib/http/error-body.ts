/**
 * The body of every API error: a stable `code` for programs, a `message` for people. `error` repeats the message:
 * the report widget already embedded on publishers' pages reads it, and so do clients older than `code`.
 */
export function apiErrorBody(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { code, message, error: message, ...extra };
}
