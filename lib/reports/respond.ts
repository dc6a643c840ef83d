import type { NextResponse } from "next/server";
import { errorResponse } from "@/lib/http/error-response";
import { reportCors, type CorsDecision } from "./cors";

/** An error from a report endpoint as JSON with its CORS headers (errorResponse adds Retry-After to a 429). */
export function reportErrorResponse(error: unknown, cors: CorsDecision): NextResponse {
  return errorResponse(error, cors.headers);
}

/** The CORS preflight of the widget's requests. */
export async function reportPreflight(request: Request): Promise<Response> {
  return new Response(null, { status: 204, headers: (await reportCors(request)).headers });
}
