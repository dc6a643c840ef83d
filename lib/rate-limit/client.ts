import { createHash, createHmac, randomBytes } from "node:crypto";

/** Environment variables, as process.env or a test's own object. */
export type Env = Record<string, string | undefined>;

/**
 * How many reverse proxies in front of Errata append to X-Forwarded-For (ERRATA_TRUST_PROXY: a number, or
 * "true" for one). With none, a client's own X-Forwarded-For is dropped as the request arrives (see
 * instrumentation.ts), so the header holds only the address the server saw.
 */
export function trustedProxyHops(env: Env = process.env): number {
  const value = (env.ERRATA_TRUST_PROXY ?? "").trim().toLowerCase();
  if (value === "true") return 1;
  const hops = Number(value);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address: the entry the outermost trusted proxy appended (entries before it are whatever the
 * client claimed), or with no trusted proxy the one Next.js filled in from the connection.
 */
export function clientAddress(headers: Headers, env: Env = process.env): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return "unknown";
  const hops = trustedProxyHops(env);
  return hops > 0 ? entries[Math.max(0, entries.length - hops)] : entries[entries.length - 1];
}

let fallbackSalt: string | undefined;

/** The salt for client hashes: ERRATA_IP_SALT, else derived from NEXTAUTH_SECRET, else random for this process. */
function salt(env: Env): string {
  if (env.ERRATA_IP_SALT) return env.ERRATA_IP_SALT;
  if (env.NEXTAUTH_SECRET) return createHash("sha256").update(`errata-client-salt\u0000${env.NEXTAUTH_SECRET}`).digest("hex");
  if (!fallbackSalt) {
    console.warn("Neither ERRATA_IP_SALT nor NEXTAUTH_SECRET is set: client hashes change when the server restarts.");
    fallbackSalt = randomBytes(32).toString("hex");
  }
  return fallbackSalt;
}

/** What Errata keeps of a reader's address: a salted hash, enough to count and limit them, not to find them. */
export function clientHash(address: string, env: Env = process.env): string {
  return createHmac("sha256", salt(env)).update(address.toLowerCase()).digest("hex").slice(0, 32);
}
