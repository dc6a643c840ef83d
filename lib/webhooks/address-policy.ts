import net from "node:net";
import { UserError } from "@/lib/errors";
import type { Env } from "@/lib/rate-limit";

/**
 * Server-side request forgery: a webhook makes Errata's server send requests, so by default it may not reach
 * loopback, private, link-local (cloud metadata at 169.254.169.254) or other non-public addresses.
 * WEBHOOK_ALLOW_PRIVATE_URLS=1 lifts this, for a receiver on the same host or network (and for the tests).
 */
export const ALLOW_PRIVATE_ENV = "WEBHOOK_ALLOW_PRIVATE_URLS";

export const privateUrlsAllowed = (env: Env = process.env) => env[ALLOW_PRIVATE_ENV] === "1";

const NOT_PUBLIC = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 3],
] as const) NOT_PUBLIC.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 127], ["64:ff9b::", 96], ["100::", 64], ["2001:db8::", 32], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8],
] as const) NOT_PUBLIC.addSubnet(network, prefix, "ipv6");

/** Whether an IP address is anything but a public unicast one (IPv4-mapped IPv6 is judged as its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPrivateAddress(mapped);
  const family = net.isIP(address);
  if (family === 0) return true;
  return NOT_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

const MAX_URL_LENGTH = 2000;

/**
 * A webhook's URL as typed by an admin, checked: absolute http(s), no user:password (the secret signs instead),
 * and, unless private addresses are allowed, no literal private address or localhost name. Names that resolve to
 * a private address are refused again when a delivery connects (lib/webhooks/post.ts), whatever DNS says later.
 */
export function checkWebhookUrl(input: string, env: Env = process.env): URL {
  const text = input.trim();
  if (text.length > MAX_URL_LENGTH) throw new UserError(`The URL is too long (at most ${MAX_URL_LENGTH} characters).`, 422);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError("Enter a full URL, such as https://cms.example.org/errata-hook.", 422);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UserError("A webhook URL must start with http:// or https://.", 422);
  if (url.username || url.password) throw new UserError("Leave the user name and password out of the URL: each delivery is signed with the webhook's secret instead.", 422);
  if (!privateUrlsAllowed(env) && refusedHost(url.hostname)) {
    throw new UserError(`${url.hostname} is a local or private address, which webhooks may not reach unless the server sets ${ALLOW_PRIVATE_ENV}=1.`, 422);
  }
  return url;
}

function refusedHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (net.isIP(host)) return isPrivateAddress(host);
  return host === "localhost" || host.endsWith(".localhost") || !host.includes(".");
}
