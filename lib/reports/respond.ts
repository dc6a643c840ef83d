import type { NextResponse } from "next/server";
import { errorResponse } from "@/lib/http";
import { RateLimitedError } from "@/lib/rate-limit";
import { reportCors, type CorsDecision } from "./cors";

/** An error from a report endpoint as JSON with its CORS headers, and Retry-After on a 429. */
export function reportErrorResponse(error: unknown, cors: CorsDecision): NextResponse {
  return errorResponse(error, error instanceof RateLimitedError ? { ...cors.headers, "Retry-After": String(error.retryAfter) } : cors.headers);
}

/** The CORS preflight of the widget's requests. */
export async function reportPreflight(request: Request): Promise<Response> {
  return new Response(null, { status: 204, headers: (await reportCors(request)).headers });
}
