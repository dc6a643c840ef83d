import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { approveCorrection, createCorrection } from "@/lib/corrections";
import { getDb } from "@/lib/db";
import { currentText, importMangled } from "./correction-fixtures";
import { createTestUser } from "./factories";

// An SMTP server that accepts connections and never says a word: what a slow or hung mail relay looks like.
const sockets = new Set<net.Socket>();
let connections = 0;
const stalled = net.createServer((socket) => {
  connections++;
  sockets.add(socket);
});
beforeAll(() => new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve)));
afterAll(() => {
  sockets.forEach((socket) => socket.destroy());
  return new Promise<void>((resolve) => stalled.close(() => resolve()));
});
afterEach(() => {
  delete process.env.SMTP_URL;
});

describe("mail to readers leaves the approval alone", () => {
  it("an approval commits and answers without talking to SMTP; the reader's message waits, queued, for after the response", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${(stalled.address() as net.AddressInfo).port}`;
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const article = await importMangled(reviewer);
    const { text } = await currentText(article.id);
    const at = text.lastIndexOf("Askara Umarova");
    const report = await getDb().report.create({
      data: { articleId: article.id, revision: 1, selection: "Askara Umarova", start: at, end: at + 14, contextBefore: "According to ", contextAfter: ", the tariffs", suggestion: "Askar Umarov", email: "waiting-reader@example.org", clientHash: "test" },
    });
    const correction = await createCorrection(reviewer, { articleId: article.id, baseRevision: 1, change: { kind: "all-occurrences", reportId: report.id } });

    const result = await approveCorrection(editor, { correctionId: correction.id });

    expect(result).toMatchObject({ status: "APPROVED", revision: 2, resolvedReports: [report.id] });
    expect(connections).toBe(0);
    expect(await getDb().outboxMessage.findFirstOrThrow({ where: { reportId: report.id } })).toMatchObject({ to: "waiting-reader@example.org", status: "QUEUED" });
  });
});
