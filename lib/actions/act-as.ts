import { revalidatePath } from "next/cache";
import { requireRole, type CurrentUser } from "@/lib/auth";
import type { Role } from "@/lib/db";
import { actionError, type ActionResult } from "./action-result";

/**
 * The body of a server action: the role checked on the server (signed out → /login, too low → 403), the work run,
 * `revalidate` refreshed when it succeeds, and any failure turned into a message for the form (actionError).
 */
export async function actAs<T>(role: Role, work: (user: CurrentUser) => Promise<ActionResult<T>>, revalidate?: string): Promise<ActionResult<T>> {
  const user = await requireRole(role);
  try {
    const result = await work(user);
    if (revalidate) revalidatePath(revalidate);
    return result;
  } catch (error) {
    return actionError(error);
  }
}
