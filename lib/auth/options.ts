import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { verifyPassword } from "./passwords";
import { isRole } from "./roles";
import { limitSignInAttempts } from "./sign-in-limits";

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

/** Email + password sign-in; the role travels in the JWT, but guards re-read the user (see session.ts). */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        // A thrown message reaches the sign-in form (next-auth passes it on as the error).
        await limitSignInAttempts(parsed.data.email, new Headers(request.headers as Record<string, string>));
        const user = await getDb().user.findUnique({ where: { email: parsed.data.email } });
        if (!user || !user.active || !(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name ?? user.email, role: user.role };
      },
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
