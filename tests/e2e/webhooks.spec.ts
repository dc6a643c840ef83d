import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { verifySignature } from "@/lib/webhooks/signature";
import { importDemoCopy } from "./correction-helpers";
import { expect, test } from "./fixtures";

test("an admin registers a webhook; an import reaches the receiver signed, shows in the log as delivered, and is redelivered on request", async ({ page, db, makeUser, signIn }) => {
  // A real receiver on 127.0.0.1 (the e2e server allows it: WEBHOOK_ALLOW_PRIVATE_URLS=1).
  const received: { signature: string; event: string; body: string }[] = [];
  const receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ signature: String(request.headers["errata-signature"]), event: String(request.headers["errata-event"]), body: Buffer.concat(chunks).toString("utf8") });
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/e2e-${randomUUID().slice(0, 8)}`;
  try {
    await signIn(page, await makeUser("ADMIN"));
    await page.goto("/admin");
    await page.getByRole("link", { name: "Webhooks" }).click();
    const form = page.getByRole("form", { name: "Add a webhook" });
    await form.getByLabel("URL").fill(url);
    await form.getByLabel("Description").fill("the e2e receiver");
    await form.getByLabel(/revision\.created/).check();
    await form.getByRole("button", { name: "Add webhook" }).click();
    const secret = (await form.getByTestId("revealed-secret").textContent())!;
    expect(secret).toMatch(/^whsec_/);
    const webhook = page.getByTestId("webhook").filter({ hasText: url });
    await expect(webhook).toContainText("revision.created");
    await expect(webhook).toContainText("enabled");

    // Importing an article makes its first revision: one delivery, sent once the import has answered.
    const article = await importDemoCopy(page);
    await expect.poll(() => received.length).toBe(1);
    const [first] = received;
    expect(first.event).toBe("revision.created");
    expect(verifySignature(secret, first.body, first.signature)).toBe(true);
    expect(JSON.parse(first.body)).toMatchObject({ event: "revision.created", data: { article: { id: article.id }, revision: { number: 1, origin: "import" } } });

    const delivery = page.getByTestId("delivery").filter({ hasText: url });
    await expect(async () => {
      await page.reload();
      await expect(delivery).toHaveAttribute("data-status", "DELIVERED");
    }).toPass();
    await expect(delivery).toContainText("HTTP 200");
    await delivery.getByRole("button", { name: "Redeliver" }).click();
    await expect.poll(() => received.length).toBe(2);
    expect(received[1].body).toBe(first.body);

    // Disabled: the next event is not delivered to it.
    await webhook.getByRole("button", { name: "Disable" }).click();
    await expect(webhook).toContainText("disabled");
    await importDemoCopy(page);
    expect(await db.webhookDelivery.count({ where: { webhook: { url } } })).toBe(2);
  } finally {
    await db.webhook.deleteMany({ where: { url } });
    await new Promise((resolve) => receiver.close(resolve));
  }
});
