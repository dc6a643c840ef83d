import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent } from "next/server";
import { refuseBeforeRouting } from "@/lib/http/early-refusal";

// A first gate only: it sends signed-out visitors of staff pages to /login. Roles are checked on the server
// by every page, action and API route (lib/auth), not here.
const staffGate = withAuth({ pages: { signIn: "/login" } });
const STAFF_PAGES = /^\/(review|editor|admin)(\/|$)/;

export default async function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  const refused = refuseBeforeRouting(request);
  if (refused) return refused;
  if (STAFF_PAGES.test(request.nextUrl.pathname)) return (await staffGate(request, event)) ?? NextResponse.next();
  return NextResponse.next();
}

// Everything but the build's static files: bad addresses and foreign server actions can come to any path.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
