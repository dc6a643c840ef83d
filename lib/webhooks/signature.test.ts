import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signPayload, verifySignature } from "./signature";

const secret = "whsec_test";
const body = JSON.stringify({ event: "report.received", data: { report: { id: "r1" } } });
const at = new Date("2026-12-06T05:00:00Z");
const t = at.getTime() / 1000;

describe("webhook signatures", () => {
  it("signs t.body with HMAC-SHA256, as a receiver computes it with node:crypto alone", () => {
    const header = signPayload(secret, body, t);
    expect(header).toBe(`t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`);
    expect(verifySignature(secret, body, header, { now: at })).toBe(true);
  });

  it("refuses another body, another secret, a missing or malformed header", () => {
    const header = signPayload(secret, body, t);
    expect(verifySignature(secret, body.replace("r1", "r2"), header, { now: at })).toBe(false);
    expect(verifySignature("whsec_other", body, header, { now: at })).toBe(false);
    expect(verifySignature(secret, body, null, { now: at })).toBe(false);
    expect(verifySignature(secret, body, "v1=abc", { now: at })).toBe(false);
    expect(verifySignature(secret, body, `t=${t},v1=zz`, { now: at })).toBe(false);
    expect(verifySignature(secret, body, `t=${t + 1},${header.split(",")[1]}`, { now: at })).toBe(false);
  });

  it("refuses a signature older or newer than the tolerance (a replay), and accepts one within it", () => {
    const header = signPayload(secret, body, t);
    expect(verifySignature(secret, body, header, { now: new Date(at.getTime() + 299_000) })).toBe(true);
    expect(verifySignature(secret, body, header, { now: new Date(at.getTime() + 301_000) })).toBe(false);
    expect(verifySignature(secret, body, header, { now: new Date(at.getTime() - 301_000) })).toBe(false);
    expect(verifySignature(secret, body, header, { now: new Date(at.getTime() + 3_600_000), toleranceSeconds: 7200 })).toBe(true);
  });

  it("accepts any matching v1 among several", () => {
    const header = `${signPayload(secret, body, t)},v1=${"0".repeat(64)}`;
    expect(verifySignature(secret, body, header, { now: at })).toBe(true);
  });

  it("makes distinct secrets", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
