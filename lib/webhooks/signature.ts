import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The header every delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">` (Stripe's scheme). */
export const SIGNATURE_HEADER = "Errata-Signature";

/** How far a signature's timestamp may be from the receiver's clock before it is refused as a replay (seconds). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A new webhook secret: 32 random bytes, with a prefix that says what it is when it turns up in a config file. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

const hmac = (secret: string, timestamp: number, body: string) => createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");

/** The signature header's value for `body` sent at `timestamp` (unix seconds). */
export function signPayload(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/**
 * Whether `header` signs `body` with `secret`, at a time within `toleranceSeconds` of `now`. Any v1 that matches
 * counts (a sender may list several while a secret is being changed). Compared in constant time.
 */
export function verifySignature(secret: string, body: string, header: string | null | undefined, { now = new Date(), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS } = {}): boolean {
  if (!header) return false;
  const parts = header.split(",").map((part) => part.trim().split("="));
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  return parts.some(([key, value]) => {
    if (key !== "v1" || !value || !/^[0-9a-f]+$/i.test(value)) return false;
    const given = Buffer.from(value, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
