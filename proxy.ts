import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent } from "next/server";
import { pagePolicy } from "@/lib/http/content-security-policy";
import { refuseBeforeRouting } from "@/lib/http/early-refusal";

// A first gate only: it sends signed-out visitors of staff pages to /login. Roles are checked on the server
// by every page, action and API route (lib/auth), not here.
const staffGate = withAuth({ pages: { signIn: "/login" } });
const STAFF_PAGES = /^\/(review|editor|admin|account)(\/|$)/;

export default async function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  const refused = refuseBeforeRouting(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  if (STAFF_PAGES.test(pathname)) {
    const signInFirst = await staffGate(request, event);
    if (signInFirst) return signInFirst;
  }
  // `npm start` (scripts/server.ts) has already set this page's policy and nonce on the request and the response.
  if (request.headers.has("x-nonce")) return NextResponse.next();
  // `next dev`: Next reads the nonce from the request's policy and puts it on its scripts.
  const { nonce, policy } = pagePolicy(pathname, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Pages, but not the build's static files and not the API: a proxy makes Next read a request's whole body
// before the route runs (up to 10 MB, and until it ends), which would defeat the API's streamed body caps
// (lib/http/read-body.ts). The API's broken addresses are refused by the server in front (scripts/server.ts),
// and it takes no server actions. Under `npm start` the server in front also refuses pages' broken addresses and
// sets every page's policy (marking the request with x-nonce), so the proxy runs only where it has work left:
// staff pages (the sign-in gate) and server actions (their origin). Without that server (`next dev`), every page.
export const config = {
  matcher: [
    "/review/:path*",
    "/editor/:path*",
    "/admin/:path*",
    "/account/:path*",
    { source: "/((?!_next/static|_next/image|favicon.ico|api/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!_next/static|_next/image|favicon.ico|api/).*)", missing: [{ type: "header", key: "x-nonce" }] },
  ],
};
