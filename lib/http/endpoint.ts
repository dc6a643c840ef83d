import type { z } from "zod";
import type { ApiScope } from "@/lib/api-tokens";
import type { Role } from "@/lib/db";
import type { BodyLimit } from "./read-body";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who may call an endpoint: a role (from a session or a token's owner) and, for a token, a scope; or anyone. */
export type Access = { role: Role; scope: ApiScope } | "public";

type Schema = z.ZodType | undefined;

/**
 * One API operation, declared once beside its handler: apiRoute validates requests with these schemas, and
 * /api/openapi.json is built from the same declarations (lib/api-docs), so the two cannot drift.
 */
/**
 * The body an operation takes instead of its usual one when a query parameter says so (POST /api/articles
 * ?format=xliff takes a file instead of two texts): OpenAPI has one operation per method and path.
 */
export interface AlternativeBody<Body extends Schema = Schema> {
  when: { param: string; equals: string };
  body: Body;
  bodyLimit?: BodyLimit;
}

/**
 * One documented answer. A JSON answer has a schema: for a success, what its handler returns (typed by it, see
 * ApiReply) and what the document shows; an error status shares the {code, message} shape (apiErrorSchema) and
 * names a schema only when it can also answer with another body. A download names its media types instead.
 */
export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string | readonly string[];
}

export type Responses = Record<number, ResponseSpec>;

export interface Endpoint<Params extends Schema = Schema, Query extends Schema = Schema, Body extends Schema = Schema, OtherBody extends Schema = Schema, R extends Responses = Responses> {
  method: HttpMethod;
  /** The path in OpenAPI form, parameters in braces: "/api/articles/{id}" for app/api/articles/[id]. */
  path: string;
  /** The group in the docs ("Articles", "Corrections"…). */
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  params?: Params;
  query?: Query;
  body?: Body;
  bodyLimit?: BodyLimit;
  alternativeBody?: AlternativeBody<OtherBody>;
  /** The answers worth documenting, by status (ResponseSpec); every operation also documents errors in general. */
  responses: R;
}

/** A route handler as Next calls it, carrying its declaration for the docs and the route-matching test. */
export type DeclaredRoute<Context = unknown> = ((request: Request, context: Context) => Promise<Response>) & { endpoint: Endpoint };

/**
 * Declares a route whose handler keeps its own protocol (the public report endpoints with their CORS, health):
 * documented, not wrapped. Its schemas must be the ones its handler validates with.
 */
export function declaredRoute<Context>(endpoint: Endpoint, handler: (request: Request, context: Context) => Promise<Response>): DeclaredRoute<Context> {
  return Object.assign(handler, { endpoint });
}
