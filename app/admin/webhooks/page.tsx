import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { requireRole } from "@/lib/auth";
import { ALLOW_PRIVATE_ENV, listWebhooks, parseEvents, privateUrlsAllowed, recentDeliveries, WEBHOOK_EVENTS, WEBHOOK_EVENT_NAMES } from "@/lib/webhooks";
import { createWebhookAction, deleteWebhookAction, redeliverAction, revealSecretAction, setEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

const field = "rounded border border-stone-300 px-1.5 py-0.5";
const minute = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "");

/** Who: ADMIN. URLs told of events (signed deliveries, retried), and the log of every delivery. */
export default async function WebhooksPage() {
  await requireRole("ADMIN", "/admin/webhooks");
  const [webhooks, deliveries] = await Promise.all([listWebhooks(), recentDeliveries()]);
  return (
    <main className="space-y-8">
      <section aria-labelledby="webhooks-heading" className="space-y-3">
        <h1 id="webhooks-heading" className="text-2xl font-semibold">Webhooks</h1>
        <p className="text-sm text-stone-600">
          Each event is POSTed as JSON to the URLs that chose it, signed in the <code>Errata-Signature</code> header with the webhook&apos;s secret
          (see the README, “Webhooks”). A delivery that fails is tried again after 1, 5 and 30 minutes, then 2, 6, 12 and 24 hours.
          {privateUrlsAllowed() ? ` ${ALLOW_PRIVATE_ENV}=1: local and private addresses are allowed.` : " Local and private addresses are refused."}
        </p>
        {webhooks.length === 0 && <p className="text-stone-500">No webhooks yet.</p>}
        <ul className="space-y-2">
          {webhooks.map((webhook) => (
            <li key={webhook.id} data-testid="webhook" data-url={webhook.url} className="space-y-1 rounded border border-stone-200 bg-white p-3 text-sm">
              <p className="flex flex-wrap gap-x-3">
                <span className="break-all font-medium">{webhook.url}</span>
                <span className="rounded bg-stone-100 px-1.5 text-xs">{webhook.enabled ? "enabled" : "disabled"}</span>
                {webhook.description && <span className="text-stone-600">{webhook.description}</span>}
              </p>
              <p className="text-stone-600">
                {parseEvents(webhook.events).join(", ")} · {webhook.delivered} delivered, {webhook.pending} waiting, {webhook.failed} failed
              </p>
              <div className="flex flex-wrap gap-3">
                <ActionForm action={setEnabledAction} submit={webhook.enabled ? "Disable" : "Enable"} label={`${webhook.enabled ? "Disable" : "Enable"} ${webhook.url}`}>
                  <input type="hidden" name="webhookId" value={webhook.id} />
                  <input type="hidden" name="enabled" value={String(!webhook.enabled)} />
                </ActionForm>
                <ActionForm action={revealSecretAction} submit="Reveal secret" label={`Secret of ${webhook.url}`}>
                  <input type="hidden" name="webhookId" value={webhook.id} />
                </ActionForm>
                <ActionForm action={deleteWebhookAction} submit="Delete" label={`Delete ${webhook.url}`}>
                  <input type="hidden" name="webhookId" value={webhook.id} />
                </ActionForm>
              </div>
            </li>
          ))}
        </ul>
        <h2 className="font-semibold">Add a webhook</h2>
        <ActionForm action={createWebhookAction} submit="Add webhook" label="Add a webhook" className="text-sm">
          <label className="basis-full">URL <input name="url" type="url" required maxLength={2000} placeholder="https://cms.example.org/errata-hook" className={`${field} w-96 max-w-full`} /></label>
          <label className="basis-full">Description <input name="description" maxLength={200} className={`${field} w-96 max-w-full`} /></label>
          <fieldset className="basis-full">
            <legend>Events</legend>
            {WEBHOOK_EVENT_NAMES.map((event) => (
              <label key={event} className="block"><input type="checkbox" name="events" value={event} /> <code>{event}</code> — {WEBHOOK_EVENTS[event]}</label>
            ))}
          </fieldset>
        </ActionForm>
      </section>
      <section aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading" className="mb-2 text-xl font-semibold">Deliveries</h2>
        {deliveries.length === 0 && <p className="text-stone-500">No deliveries yet.</p>}
        {deliveries.length > 0 && (
          <table className="w-full text-left text-sm">
            <thead>
              <tr><th className="py-1">Created</th><th>Event</th><th>URL</th><th>Status</th><th>Attempts</th><th>Last answer</th><th>Next attempt</th><th></th></tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id} data-testid="delivery" data-event={delivery.event} data-status={delivery.status} className="border-t border-stone-200 align-top">
                  <td className="py-1.5"><time dateTime={delivery.createdAt.toISOString()}>{minute(delivery.createdAt)}</time></td>
                  <td><code>{delivery.event}</code></td>
                  <td className="max-w-48 break-all">{delivery.webhook.url}</td>
                  <td>{delivery.status.toLowerCase()}{delivery.deliveredAt && <> at <time dateTime={delivery.deliveredAt.toISOString()}>{minute(delivery.deliveredAt)}</time></>}</td>
                  <td>{delivery.attempts}</td>
                  <td className="max-w-64 break-words">
                    {delivery.lastStatusCode !== null && <span>HTTP {delivery.lastStatusCode}</span>}
                    {delivery.lastError && <span className="block text-rose-700">{delivery.lastError}</span>}
                  </td>
                  <td>{delivery.status === "PENDING" && <time dateTime={delivery.nextAttemptAt.toISOString()}>{minute(delivery.nextAttemptAt)}</time>}</td>
                  <td>
                    <ActionForm action={redeliverAction} submit="Redeliver" label={`Redeliver ${delivery.event} ${minute(delivery.createdAt)}`}>
                      <input type="hidden" name="deliveryId" value={delivery.id} />
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
