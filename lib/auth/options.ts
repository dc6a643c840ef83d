import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isRole } from "./roles";
import { revokeSessions } from "./revoke";
import { authorizeCredentials } from "./sign-in";

/**
 * Email + password sign-in; the role and the account's session version travel in the JWT, but guards re-read
 * the user (see session.ts), so that signing out ends the session on the server too, not only in the browser.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // A thrown message reaches the sign-in form (next-auth passes it on as the error).
      authorize: (raw, request) => authorizeCredentials(raw, new Headers(request.headers as Record<string, string>)),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "role" in user && isRole(user.role)) token.role = user.role;
      if (user && "sessionVersion" in user && typeof user.sessionVersion === "number") token.sessionVersion = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        if (isRole(token.role)) session.user.role = token.role;
        session.user.sessionVersion = token.sessionVersion ?? 0;
      }
      return session;
    },
  },
  events: {
    // A copied cookie stops working too: every session of the account made before now is over.
    async signOut({ token }) {
      if (token?.sub) await revokeSessions(token.sub);
    },
  },
};
