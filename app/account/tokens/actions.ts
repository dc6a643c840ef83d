"use server";

import { revalidatePath } from "next/cache";
import type { TokenResult } from "@/components/account/token-forms";
import { actionError } from "@/lib/actions/action-result";
import { createApiToken, revokeApiToken, isApiScope } from "@/lib/api-tokens";
import { requireRole } from "@/lib/auth";

/** Who: any signed-in user, for themselves. The new token is in the result once, and nowhere else. */
export async function createTokenAction(_previous: TokenResult, form: FormData): Promise<TokenResult> {
  const user = await requireRole("REVIEWER", "/account/tokens");
  try {
    const scopes = form.getAll("scopes").map(String).filter(isApiScope);
    const created = await createApiToken(user, { name: String(form.get("name") ?? ""), scopes });
    revalidatePath("/account/tokens");
    return { status: "ok", data: { token: created.token }, message: `Token “${created.name}” created (${created.scopes}). Copy it now: it will not be shown again.` };
  } catch (error) {
    return actionError(error);
  }
}

/** Who: the token's owner. */
export async function revokeTokenAction(_previous: TokenResult, form: FormData): Promise<TokenResult> {
  const user = await requireRole("REVIEWER", "/account/tokens");
  try {
    await revokeApiToken(user, { tokenId: String(form.get("tokenId") ?? "") });
    revalidatePath("/account/tokens");
    return { status: "ok", data: {}, message: "Token revoked: it no longer works." };
  } catch (error) {
    return actionError(error);
  }
}
