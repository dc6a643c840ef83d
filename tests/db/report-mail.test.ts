import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { importArticle } from "@/lib/import";
import { deliverQueuedMail, requeueMail } from "@/lib/mail";
import { createReport, notifyReportResolved, resolveReports } from "@/lib/reports";
import { createTestUser } from "./factories";

/** Quoted-printable (bodies, and encoded words in headers, where "_" is a space) back to text. */
const decodeQuotedPrintable = (text: string, header = false) =>
  Buffer.from((header ? text.replace(/_/g, " ") : text).replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
const readable = (raw: string) => decodeQuotedPrintable(raw.replace(/=\?UTF-8\?Q\?([^?]*)\?=\s*/gi, (_, word: string) => decodeQuotedPrintable(word, true)));

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps what it receives and refuses one address. */
const received: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(address, _session, callback) {
    callback(address.address.startsWith("refused@") ? Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }) : null);
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});

let smtpUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.SMTP_URL;
  received.length = 0;
});

/** A resolved report with two readers who left addresses (the second counted on the first's report). */
async function reportWithReaders(addresses: (marker: string) => [string, string]) {
  const user = await createTestUser("EDITOR");
  const marker = randomUUID().slice(0, 8);
  const emails = addresses(marker);
  const target = `The festival opened in Samarkandthat evening ${marker}.`;
  const article = await importArticle({ title: `Mail test ${marker}`, source: `Фестиваль открылся в Самарканде вечером ${marker}.`, target, publisher: `Mail Publisher ${marker}` }, { actorId: user.id });
  const body = { article: article.slug, selection: "Samarkandthat", start: target.indexOf("Samarkandthat"), end: target.indexOf("Samarkandthat") + 13, suggestion: "Samarkand that" };
  const { id } = await createReport({ ...body, email: emails[0] }, { clientHash: randomUUID(), crossOrigin: null });
  await createReport({ ...body, email: emails[1] }, { clientHash: randomUUID(), crossOrigin: null });
  return { id, user, article, marker };
}

describe("word back to readers", () => {
  it("sends each reader who left an address one plain-text message over SMTP when a report is resolved", async () => {
    process.env.SMTP_URL = smtpUrl;
    const { id, user, article, marker } = await reportWithReaders((m) => [`first-${m}@example.org`, `second-${m}@example.org`]);
    await getDb().$transaction((tx) => resolveReports(tx, [id], user.id));
    const queued = await getDb().outboxMessage.findMany({ where: { reportId: id } });
    expect(queued.map((m) => m.status)).toEqual(["QUEUED", "QUEUED"]);

    // The queue is shared with other test files' messages: this test's two are among those sent.
    expect((await deliverQueuedMail()).sent).toBeGreaterThanOrEqual(2);
    const ours = received.filter((m) => m.to.some((to) => to.includes(marker)));
    expect(ours.flatMap((m) => m.to).sort()).toEqual([`first-${marker}@example.org`, `second-${marker}@example.org`]);
    const raw = readable(ours[0].raw);
    expect(raw).toMatch(/Subject: Corrected: the mistake you reported in/);
    expect(raw).toContain("Samarkandthat");
    expect(raw).toContain(`/articles/${article.slug}`);
    expect(raw).toMatch(/Content-Type: text\/plain/);
    const sent = await getDb().outboxMessage.findMany({ where: { reportId: id } });
    expect(sent.every((m) => m.status === "SENT" && m.sentAt)).toBe(true);

    const report = await getDb().report.findUniqueOrThrow({ where: { id } });
    expect(report.status).toBe("RESOLVED");
    expect(await getDb().auditEntry.count({ where: { entityId: id, action: "report.resolved" } })).toBe(1);
    // Resolving or notifying again tells nobody twice.
    await getDb().$transaction((tx) => resolveReports(tx, [id], user.id));
    expect(await notifyReportResolved(getDb(), [id])).toBe(0);
    expect(await getDb().outboxMessage.count({ where: { reportId: id } })).toBe(2);
  });

  it("keeps the message in the outbox for admins when SMTP_URL is not set, to be sent again later", async () => {
    const { id, user } = await reportWithReaders((m) => [`kept-${m}@example.org`, `kept2-${m}@example.org`]);
    await getDb().$transaction((tx) => resolveReports(tx, [id], user.id));
    expect(await deliverQueuedMail()).toEqual({ sent: 0, failed: 0 });
    const kept = await getDb().outboxMessage.findMany({ where: { reportId: id } });
    expect(kept.map((m) => m.status)).toEqual(["KEPT", "KEPT"]);
    expect(received).toHaveLength(0);

    // Once SMTP is set up, an admin sends kept messages after all.
    process.env.SMTP_URL = smtpUrl;
    expect(await requeueMail(kept.map((m) => m.id))).toBe(2);
    expect(await deliverQueuedMail()).toEqual({ sent: 2, failed: 0 });
    expect(received).toHaveLength(2);
  });

  it("marks a message the server refuses as failed, with the server's answer", async () => {
    process.env.SMTP_URL = smtpUrl;
    const { id, user, marker } = await reportWithReaders((m) => [`refused@${m}.example.org`, `fine-${m}@example.org`]);
    await getDb().$transaction((tx) => resolveReports(tx, [id], user.id));
    expect(await deliverQueuedMail()).toEqual({ sent: 1, failed: 1 });
    const failed = await getDb().outboxMessage.findFirstOrThrow({ where: { reportId: id, status: "FAILED" } });
    expect(failed.to).toBe(`refused@${marker}.example.org`);
    expect(failed.error).toMatch(/Mailbox unavailable/);
  });
});
