import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/passwords";
import { authorizeCredentials, DECOY_PASSWORD_HASH } from "@/lib/auth/sign-in";
import { createTestUser } from "./factories";

// Each call comes from its own address, so that the per-client attempt limit never decides a test.
const headers = () => new Headers({ "x-forwarded-for": `10.${Math.floor(Math.random() * 250)}.0.${Math.floor(Math.random() * 250)}` });

describe("sign-in", () => {
  afterEach(() => vi.restoreAllMocks());

  it("signs in with the right password only", async () => {
    const user = await createTestUser("EDITOR");
    expect(await authorizeCredentials({ email: user.email.toUpperCase(), password: user.password }, headers())).toMatchObject({ id: user.id, role: "EDITOR" });
    expect(await authorizeCredentials({ email: user.email, password: "wrong-password" }, headers())).toBeNull();
  });

  it("does one real bcrypt comparison for an unknown email and a deactivated account, as for a known one (no timing tells)", async () => {
    const user = await createTestUser("REVIEWER");
    const deactivated = await createTestUser("REVIEWER");
    await getDb().user.update({ where: { id: deactivated.id }, data: { active: false } });
    // A spy that calls through: the comparisons are bcrypt's own, at full cost.
    const compare = vi.spyOn(bcrypt, "compare");
    const attempts = [
      { email: user.email, password: "wrong-password" },
      { email: `nobody-${randomUUID().slice(0, 8)}@test.errata`, password: "wrong-password" },
      { email: deactivated.email, password: deactivated.password },
    ];
    for (const attempt of attempts) {
      compare.mockClear();
      expect(await authorizeCredentials(attempt, headers()), attempt.email).toBeNull();
      expect(compare, attempt.email).toHaveBeenCalledTimes(1);
    }
    expect(compare).toHaveBeenLastCalledWith(deactivated.password, expect.any(String));
    compare.mockClear();
    await authorizeCredentials(attempts[1], headers());
    expect(compare).toHaveBeenCalledWith("wrong-password", DECOY_PASSWORD_HASH);
  });

  it("compares an unknown email against a hash of the same cost as a real account's", async () => {
    expect(bcrypt.getRounds(DECOY_PASSWORD_HASH)).toBe(bcrypt.getRounds(await hashPassword("any password at all")));
  });
});
