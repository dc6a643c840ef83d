import type { Metadata } from "next";
import { requireRole } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { mailTransport } from "@/lib/mail";
import { sendAgainAction } from "./actions";

export const metadata: Metadata = { title: "Outbox" };

/** Who: ADMIN. Mail to readers: what was sent, what failed, and (without SMTP_URL) what is kept here to pass on. */
export default async function OutboxPage() {
  await requireRole("ADMIN", "/admin/outbox");
  const messages = await getDb().outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: 200 });
  const canSend = !!mailTransport();
  return (
    <main>
      <h1 className="mb-1 text-2xl font-semibold">Outbox</h1>
      <p className="mb-4 text-sm text-stone-600">
        {canSend ? "Mail is sent over SMTP (SMTP_URL)." : "SMTP_URL is not set: messages are kept here instead of being sent. Set it to send them."}
      </p>
      {messages.length === 0 && <p className="text-stone-500">No messages.</p>}
      <ul className="space-y-2">
        {messages.map((message) => (
          <li key={message.id} data-testid="outbox-message" className="rounded border border-stone-200 bg-white p-3 text-sm">
            <p className="flex flex-wrap gap-x-3">
              <span className="font-medium">{message.to}</span>
              <span className="rounded bg-stone-100 px-1.5 text-xs">{message.status.toLowerCase()}</span>
              <time className="text-stone-500" dateTime={message.createdAt.toISOString()}>{message.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time>
            </p>
            <p className="mt-1 font-medium">{message.subject}</p>
            <pre className="mt-1 whitespace-pre-wrap break-words font-sans text-stone-700">{message.body}</pre>
            {message.error && <p className="mt-1 text-rose-700">{message.error}</p>}
            {canSend && (message.status === "FAILED" || message.status === "KEPT") && (
              <form action={sendAgainAction} className="mt-1">
                <input type="hidden" name="messageId" value={message.id} />
                <button className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100">Send again</button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
