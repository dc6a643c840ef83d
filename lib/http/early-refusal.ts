import { UserError } from "@/lib/errors";
import { apiErrorBody } from "./error-body";
import { assertSameOrigin } from "./same-origin";

const BAD_ADDRESS = "This address is not valid: it has a broken %-escape.";

/** Whether every %-escape in the path decodes (as the router will decode it) to UTF-8. */
function pathDecodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A small page for people, JSON for the API: a 4xx that says what is wrong, where Next would answer a plain 500. */
function refusal(pathname: string, status: 400 | 403, message: string): Response {
  if (pathname === "/api" || pathname.startsWith("/api/")) return Response.json(apiErrorBody(status === 400 ? "bad_address" : "forbidden", message), { status });
  const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status} · Errata</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>${status}</h1><p>${message}</p><p><a href="/">Errata's home page</a></p></body></html>`;
  return new Response(page, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/** A 400 for a path with a broken %-escape, or null. */
export function brokenAddressRefusal(pathname: string): Response | null {
  return pathDecodes(pathname) ? null : refusal(pathname, 400, BAD_ADDRESS);
}

/**
 * What the proxy answers before any route sees the request, or null to let it through: a path with a broken
 * %-escape (400; the router's decoding would throw a 500), and a server action posted from another site's page
 * (403; Next's own origin check throws a 500 for it). Server actions are POSTs with a Next-Action header.
 */
export function refuseBeforeRouting(request: Request): Response | null {
  const { pathname } = new URL(request.url);
  const broken = brokenAddressRefusal(pathname);
  if (broken) return broken;
  if (request.method === "POST" && request.headers.has("next-action")) {
    try {
      assertSameOrigin(request);
    } catch (error) {
      if (error instanceof UserError) return refusal(pathname, 403, error.message);
      throw error;
    }
  }
  return null;
}
