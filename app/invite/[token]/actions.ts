"use server";

import { redirect } from "next/navigation";
import { actionError, type ActionResult } from "@/lib/actions/action-result";
import { acceptInvitation } from "@/lib/users";

/** Who: anyone holding a valid invitation token (the token is the credential). */
export async function acceptInvitationAction(_previous: ActionResult<undefined>, form: FormData): Promise<ActionResult<undefined>> {
  try {
    await acceptInvitation({ token: String(form.get("token") ?? ""), name: String(form.get("name") ?? "") || undefined, password: String(form.get("password") ?? "") });
  } catch (error) {
    return actionError(error);
  }
  redirect("/login?invited=1");
}
