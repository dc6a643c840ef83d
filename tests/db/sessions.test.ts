import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authOptions, userOfSession } from "@/lib/auth";
import { authorizeCredentials } from "@/lib/auth/sign-in";
import { changeRole, setUserActive } from "@/lib/users";
import { createTestUser } from "./factories";

const headers = () => new Headers({ "x-forwarded-for": `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

/** Signs in as next-auth does: authorize, then the jwt callback makes the token and the session callback reads it. */
async function signIn(user: { email: string; password: string }): Promise<{ token: JWT; session: Session }> {
  const signedIn = await authorizeCredentials({ email: user.email, password: user.password }, headers());
  if (!signedIn) throw new Error("sign-in failed");
  const token = await authOptions.callbacks!.jwt!({ token: { sub: signedIn.id, email: signedIn.email }, user: signedIn, account: null, trigger: "signIn" });
  // What getServerSession does on every later read: the token comes back from the cookie, the session is made from it.
  const session = (await authOptions.callbacks!.session!({ session: { user: { id: "" }, expires: "" }, token, user: undefined as never, newSession: undefined, trigger: "update" })) as Session;
  return { token, session };
}

describe("session revocation", () => {
  it("signing out ends the session on the server: the same token (a copied cookie) no longer finds its user", async () => {
    const user = await createTestUser("REVIEWER");
    const first = await signIn(user);
    const second = await signIn(user);
    expect(await userOfSession(first.session)).toMatchObject({ id: user.id });
    await authOptions.events!.signOut!({ token: first.token, session: first.session });
    expect(await userOfSession(first.session)).toBeNull();
    // Every session of the account made before the sign-out ends with it; a new sign-in works.
    expect(await userOfSession(second.session)).toBeNull();
    expect(await userOfSession((await signIn(user)).session)).toMatchObject({ id: user.id });
  });

  it("an admin's role change or deactivation ends the account's sessions; reactivation does not bring them back", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("REVIEWER");
    const beforeRole = await signIn(user);
    await changeRole(admin, { userId: user.id, role: "EDITOR" });
    expect(await userOfSession(beforeRole.session)).toBeNull();
    const afterRole = await signIn(user);
    expect(await userOfSession(afterRole.session)).toMatchObject({ role: "EDITOR" });

    await setUserActive(admin, { userId: user.id, active: false });
    await setUserActive(admin, { userId: user.id, active: true });
    expect(await userOfSession(afterRole.session)).toBeNull();
    expect(await userOfSession((await signIn(user)).session)).toMatchObject({ id: user.id });
  });

  it("a token from before session versions existed still counts as version 0", async () => {
    const user = await createTestUser("REVIEWER");
    expect(await userOfSession({ user: { id: user.id }, expires: "" })).toMatchObject({ id: user.id });
  });
});
