import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
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
  // Next reads the nonce from the request's policy and puts it on its scripts; pages read it from x-nonce.
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, pathname, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every page, but not the build's static files and not the API: a proxy makes Next read a request's whole body
// before the route runs (up to 10 MB, and until it ends), which would defeat the API's streamed body caps
// (lib/http/read-body.ts). The API's broken addresses are refused by the server in front (scripts/server.ts),
// and it takes no server actions.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"] };
