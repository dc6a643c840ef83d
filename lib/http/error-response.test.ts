import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AccessError, UserError } from "@/lib/errors";
import { RateLimitedError } from "@/lib/rate-limit";
import { apiErrorSchema, errorResponse } from "./error-response";

async function answer(error: unknown, headers?: HeadersInit) {
  const response = errorResponse(error, headers);
  const body = await response.json();
  expect(apiErrorSchema.safeParse(body).success, JSON.stringify(body)).toBe(true);
  return { status: response.status, headers: response.headers, body };
}

describe("errorResponse: every error as {code, message}", () => {
  it("names the code from the status, or from the error when it gives a finer one", async () => {
    expect((await answer(new UserError("No article with that id.", 404))).body).toEqual({ code: "not_found", message: "No article with that id.", error: "No article with that id." });
    expect((await answer(new UserError("Taken.", 409, { code: "duplicate_article", id: "a1" }))).body).toMatchObject({ code: "duplicate_article", id: "a1" });
    expect((await answer(new AccessError(403, "No scope.", "insufficient_scope"))).body.code).toBe("insufficient_scope");
    expect((await answer(new AccessError(401, "Sign in first."))).body.code).toBe("unauthenticated");
  });

  it("lists each invalid field of a zod error", async () => {
    const error = z.object({ page: z.number() }).safeParse({ page: "x" }).error;
    expect(await answer(error)).toMatchObject({ status: 400, body: { code: "invalid_request", issues: [{ path: "page" }] } });
  });

  it("a 429 carries Retry-After beside the headers it was given (the report endpoints' CORS)", async () => {
    const limited = await answer(new RateLimitedError("Wait.", 42), { "Access-Control-Allow-Origin": "https://news.example", Vary: "Origin" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("42");
    expect(limited.headers.get("access-control-allow-origin")).toBe("https://news.example");
    expect(limited.body).toMatchObject({ code: "rate_limited", retryAfter: 42 });
  });

  it("keeps a bug's details out of the answer", async () => {
    const failed = await answer(new Error("SQLITE_BUSY at /srv/errata/db"));
    expect(failed).toMatchObject({ status: 500, body: { code: "internal" } });
    expect(failed.body.message).not.toContain("SQLITE");
  });
});
