import { NextResponse } from "next/server";
import type { z } from "zod";
import { auditTokenRequest, authenticateToken, type TokenCaller } from "@/lib/api-tokens";
import { getCurrentUser, hasRole, type CurrentUser } from "@/lib/auth";
import { AccessError } from "@/lib/errors";
import { logError } from "@/lib/log";
import type { DeclaredRoute, Endpoint, Responses } from "./endpoint";
import { errorResponse } from "./error-response";
import { readJson } from "./read-body";
import { assertJsonBody, assertSameOrigin, isStateChanging } from "./same-origin";

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface ApiInput<Params extends Schema, Query extends Schema, Body extends Schema, OtherBody extends Schema = undefined> {
  request: Request;
  user: CurrentUser;
  params: Parsed<Params>;
  query: Parsed<Query>;
  /** The declared body, or the alternative one when the query asked for it. */
  body: OtherBody extends z.ZodType ? Parsed<Body> | z.output<OtherBody> : Parsed<Body>;
}

type Context = { params?: Promise<Record<string, string | string[]>> };

/**
 * What a handler answers: for a status declared with a schema, that status and a body of the schema's input type
 * (sent as JSON), so a handler cannot return what its documentation does not say; for a download (a status
 * declared with media types), its Response.
 */
export type ApiReply<R extends Responses> = {
  [S in keyof R & number]: R[S] extends { schema: infer Out extends z.ZodType }
    ? { status: S; body: z.input<Out>; headers?: Record<string, string> }
    : R[S] extends { contentType: string | readonly string[] }
      ? Response
      : never;
}[keyof R & number];

/** The token of an `Authorization: Bearer …` header; null when the request carries none (a browser session). */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1] : null;
}

/** A JSON answer: the status stays a literal, which picks the schema its body must fit (ApiReply). */
export function reply<const S extends number, B>(status: S, body: B, headers?: Record<string, string>) {
  return { status, body, headers };
}

/**
 * The caller, checked against the endpoint's access. With a token: the token's owner as they are now, and the
 * token must carry the endpoint's scope. Without: the session cookie. Either way the role must allow it.
 */
async function authorize(request: Request, access: Exclude<Endpoint["access"], "public">): Promise<{ user: CurrentUser; token: TokenCaller | null }> {
  const bearer = bearerToken(request);
  const token = bearer === null ? null : await authenticateToken(bearer);
  // No cookie, no session: answered without asking next-auth (which needs Next's request scope).
  const user = token ? token.user : request.headers.has("cookie") ? await getCurrentUser() : null;
  if (!user) throw new AccessError(401, "Sign in first, or send an API token (Authorization: Bearer …).");
  if (token && !token.scopes.includes(access.scope)) throw new AccessError(403, `This token lacks the “${access.scope}” scope.`, "insufficient_scope");
  if (!hasRole(user, access.role)) throw new AccessError(403, `This needs the ${access.role} role.`);
  return { user, token };
}

/**
 * The one wrapper of every staff API route, from its declaration (method, path, access, schemas): it
 * authenticates (session cookie or API token), checks role and scope, validates params, query and body, and turns
 * every failure into JSON with a stable code. A state-changing request on a session cookie must come from
 * Errata's own pages (403): the cookie is an ambient credential another site could make the browser send. A
 * token is not ambient, so a token request skips that check; it is rate limited per token instead, and audited.
 * A body must be declared JSON (415), so that a form or text/plain post cannot reach a route.
 */
export function apiRoute<Params extends Schema = undefined, Query extends Schema = undefined, Body extends Schema = undefined, OtherBody extends Schema = undefined, R extends Responses = Responses>(
  endpoint: Endpoint<Params, Query, Body, OtherBody, R> & { access: Exclude<Endpoint["access"], "public"> },
  handler: (input: ApiInput<Params, Query, Body, OtherBody>) => Promise<ApiReply<R>>,
): DeclaredRoute<Context> {
  const route = async (request: Request, context: Context) => {
    let token: TokenCaller | null = null;
    let response: Response;
    try {
      if (bearerToken(request) === null) assertSameOrigin(request);
      assertJsonBody(request);
      const caller = await authorize(request, endpoint.access);
      token = caller.token;
      const params = endpoint.params ? endpoint.params.parse(await context.params) : undefined;
      const searchParams = new URL(request.url).searchParams;
      const query = endpoint.query ? endpoint.query.parse(Object.fromEntries(searchParams)) : undefined;
      const other = endpoint.alternativeBody;
      const { body: bodySchema, bodyLimit } = other && searchParams.get(other.when.param) === other.when.equals ? other : endpoint;
      const body = bodySchema ? bodySchema.parse(await readJson(request, bodyLimit)) : undefined;
      const reply: Response | { status: number; body: unknown; headers?: Record<string, string> } = await handler({ request, user: caller.user, params, query, body } as ApiInput<Params, Query, Body, OtherBody>);
      response = reply instanceof Response ? reply : NextResponse.json(reply.body, { status: reply.status, headers: reply.headers });
    } catch (error) {
      response = errorResponse(error);
    }
    if (token && isStateChanging(request.method)) {
      await auditTokenRequest(token, { method: request.method, path: new URL(request.url).pathname, status: response.status }).catch(logError);
    }
    return response;
  };
  return Object.assign(route, { endpoint: endpoint as unknown as Endpoint });
}
