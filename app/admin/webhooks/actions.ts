"use server";

import { actAs } from "@/lib/actions/act-as";
import type { ActionResult } from "@/lib/actions/action-result";
import type { CurrentUser } from "@/lib/auth";
import { createWebhook, deleteWebhook, redeliverWebhook, revealWebhookSecret, setWebhookEnabled } from "@/lib/webhooks";

type Result = ActionResult<{ secret?: string }>;

const asAdmin = (work: (user: CurrentUser) => Promise<Result>) => actAs("ADMIN", work, "/admin/webhooks");
const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Who: ADMIN. Registers a URL for the chosen events and shows its secret. */
export async function createWebhookAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    const webhook = await createWebhook(user, { url: text(form, "url"), events: form.getAll("events").map(String), description: text(form, "description") });
    return { status: "ok", data: { secret: webhook.secret }, message: `Webhook added for ${webhook.url}. Give its receiver this secret, to check each delivery's Errata-Signature:` };
  });
}

/** Who: ADMIN. */
export async function revealSecretAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => ({ status: "ok", data: { secret: await revealWebhookSecret(user, { webhookId: text(form, "webhookId") }) }, message: "Secret:" }));
}

/** Who: ADMIN. */
export async function setEnabledAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    const enabled = text(form, "enabled") === "true";
    await setWebhookEnabled(user, { webhookId: text(form, "webhookId"), enabled });
    return { status: "ok", data: {}, message: enabled ? "Enabled: new events are delivered again, and waiting deliveries resume." : "Disabled: new events are not delivered to it; waiting deliveries wait." };
  });
}

/** Who: ADMIN. */
export async function deleteWebhookAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    await deleteWebhook(user, { webhookId: text(form, "webhookId") });
    return { status: "ok", data: {}, message: "Webhook deleted, with its deliveries." };
  });
}

/** Who: ADMIN. Sends a delivery's body again, as a new delivery. */
export async function redeliverAction(_previous: Result, form: FormData): Promise<Result> {
  return asAdmin(async (user) => {
    await redeliverWebhook(user, { deliveryId: text(form, "deliveryId") });
    return { status: "ok", data: {}, message: "Queued: it is sent in a moment." };
  });
}
