import { PUBLIC_URL } from "./servers";

/**
 * Talks to a server as a browser behind the load balancer would: JSON bodies, the public address as Origin, the
 * session cookie when signed in.
 */
export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export interface Caller {
  cookie?: string;
  /** The reader's address, as a trusted proxy would pass it on. */
  forwardedFor?: string;
}

export async function call<T = Record<string, unknown>>(baseURL: string, method: "GET" | "POST", route: string, body?: unknown, caller: Caller = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { origin: PUBLIC_URL, "sec-fetch-site": "same-origin" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.forwardedFor) headers["x-forwarded-for"] = caller.forwardedFor;
  const response = await fetch(`${baseURL}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: "manual" });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON (an HTML page): kept as text for the failure message
  }
  return { status: response.status, body: parsed as T };
}

export const post = <T = Record<string, unknown>>(baseURL: string, route: string, body: unknown, caller?: Caller) => call<T>(baseURL, "POST", route, body, caller);

/** Signs in through next-auth's credentials flow (CSRF token, then the callback); returns the session cookie. */
export async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: PUBLIC_URL },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} on ${baseURL} failed: ${response.status} ${await response.text()}`);
  return session;
}
