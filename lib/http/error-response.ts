import { NextResponse } from "next/server";
import { z, ZodError } from "zod";
import { AccessError, UserError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { RateLimitedError } from "@/lib/rate-limit";
import { apiErrorBody } from "./error-body";

/** The stable `code` of each status, for programs; a UserError may name a finer one in its details. */
const CODE_OF_STATUS: Record<number, string> = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "unprocessable",
  429: "rate_limited",
  500: "internal",
  503: "unavailable",
};

/** The schema of apiErrorBody, for the OpenAPI document. */
export const apiErrorSchema = z
  .object({
    code: z.string().describe("Stable, for programs: bad_request, bad_address, invalid_request, unauthenticated, invalid_token, forbidden, insufficient_scope, not_found, conflict, payload_too_large, unsupported_media_type, unprocessable, rate_limited, internal, unavailable."),
    message: z.string().describe("For people: what went wrong and what to do."),
    error: z.string().describe("The same as message (kept for older clients)."),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe("With invalid_request: each invalid field."),
    retryAfter: z.number().int().optional().describe("With rate_limited: seconds to wait (also the Retry-After header)."),
  })
  .meta({ id: "Error" });

function errorJson(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers?: HeadersInit): NextResponse {
  return NextResponse.json(apiErrorBody(code, message, extra), { status, headers });
}

/** Every API error is JSON with a stable code and a message a person can read; unexpected ones are logged and stay vague. */
export function errorResponse(error: unknown, headers?: HeadersInit): NextResponse {
  if (error instanceof AccessError) return errorJson(error.status, error.code ?? CODE_OF_STATUS[error.status], error.message, {}, headers);
  if (error instanceof UserError) {
    const { code, ...details } = error.details ?? {};
    const withRetry = error instanceof RateLimitedError ? { ...Object.fromEntries(new Headers(headers)), "Retry-After": String(error.retryAfter) } : headers;
    return errorJson(error.status, typeof code === "string" ? code : CODE_OF_STATUS[error.status], error.message, details, withRetry);
  }
  if (error instanceof ZodError) {
    return errorJson(400, "invalid_request", describeZodError(error), { issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, headers);
  }
  logError(error);
  return errorJson(500, "internal", "Something went wrong on our side. Nothing was saved; please try again.", {}, headers);
}

export function describeZodError(error: ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}
