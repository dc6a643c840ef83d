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

/** Posts a next-auth form (sign-in, sign-out) with its CSRF token and cookie, as the browser's form does. */
async function authForm(baseURL: string, action: string, fields: Record<string, string>, cookie?: string): Promise<Response> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`, { headers: cookie ? { cookie } : {} });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = [cookie, ...csrf.headers.getSetCookie().map((set) => set.split(";")[0])].filter(Boolean).join("; ");
  return fetch(`${baseURL}/api/auth/${action}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: PUBLIC_URL },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
    redirect: "manual",
  });
}

/** Signs in through next-auth's credentials flow (CSRF token, then the callback); returns the session cookie. */
export async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const response = await authForm(baseURL, "callback/credentials", { email, password });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} on ${baseURL} failed: ${response.status} ${await response.text()}`);
  return session;
}

/** Signs out through next-auth's sign-out form. */
export async function signOut(baseURL: string, cookie: string): Promise<void> {
  const response = await authForm(baseURL, "signout", {}, cookie);
  if (response.status >= 400) throw new Error(`sign-out on ${baseURL} failed: ${response.status}`);
}
