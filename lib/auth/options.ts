import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isRole } from "./roles";
import { authorizeCredentials } from "./sign-in";

/** Email + password sign-in; the role travels in the JWT, but guards re-read the user (see session.ts). */
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
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        if (isRole(token.role)) session.user.role = token.role;
      }
      return session;
    },
  },
};
