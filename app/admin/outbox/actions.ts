"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { mailTransport, requeueMail } from "@/lib/mail";

/** Who: ADMIN. Sends a failed or kept message again (once SMTP_URL is set). */
export async function sendAgainAction(form: FormData): Promise<void> {
  await requireRole("ADMIN");
  if (!mailTransport()) return;
  await requeueMail([String(form.get("messageId") ?? "")]);
  revalidatePath("/admin/outbox");
}
