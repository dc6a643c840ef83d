import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AccessError, UserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { assertJsonBody, assertSameOrigin } from "./same-origin";

/** Every API error is JSON with a message a person can read; unexpected ones are logged and stay vague. */
export function errorResponse(error: unknown, headers?: HeadersInit): NextResponse {
  if (error instanceof AccessError) return NextResponse.json({ error: error.message }, { status: error.status, headers });
  if (error instanceof UserError) {
    return NextResponse.json({ error: error.message, ...error.details }, { status: error.status, headers });
  }
  if (error instanceof ZodError) {
    return NextResponse.json({ error: describeZodError(error), issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, { status: 400, headers });
  }
  logError(error);
  return NextResponse.json({ error: "Something went wrong on our side. Nothing was saved; please try again." }, { status: 500, headers });
}

export function describeZodError(error: ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>;

/**
 * The wrapper of every staff API route: a state-changing request must come from Errata's own pages (403
 * otherwise) and carry JSON (415 otherwise), before the handler runs. The public report endpoints are not
 * wrapped: the widget posts to them from publishers' sites, and lib/reports checks those against each
 * publisher's allowed origins.
 */
export function apiRoute<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      assertJsonBody(request);
    } catch (error) {
      return errorResponse(error);
    }
    return handler(request, context);
  };
}
