import { withAuth } from "next-auth/middleware";

// A first gate only: it sends signed-out visitors of staff pages to /login. Roles are checked on the server
// by every page, action and API route (lib/auth), not here.
export default withAuth({ pages: { signIn: "/login" } });

export const config = { matcher: ["/review/:path*", "/editor/:path*", "/admin/:path*"] };
