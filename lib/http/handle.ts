import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AccessError, UserError } from "@/lib/errors";
import { logError } from "@/lib/log";

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

/** Reads a JSON body, with a 400 that says so when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new UserError("The request body must be JSON.", 400);
  }
}
