import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isPrivateAddress } from "./address-policy";

export interface PostOptions {
  /** The whole exchange, from connecting to the end of the answer (ms). */
  timeoutMs: number;
  allowPrivate: boolean;
}

export interface PostAnswer {
  status: number;
  /** The start of the answer's body, for the delivery log. */
  body: string;
}

/** How much of a receiver's answer is read and kept in the log. */
const ANSWER_BYTES = 500;

/**
 * POSTs a delivery. Redirects are not followed (a 3xx is a failure), and unless private addresses are allowed the
 * connection is refused when the host is, or resolves to, a non-public address: the check runs on the addresses
 * the socket actually connects to, so a name that resolves differently later (DNS rebinding) cannot get round it.
 */
export function postJson(target: URL, body: string, headers: Record<string, string>, options: PostOptions): Promise<PostAnswer> {
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (!options.allowPrivate && net.isIP(literal) && isPrivateAddress(literal)) {
    return Promise.reject(new Error(`${literal} is a private address (set WEBHOOK_ALLOW_PRIVATE_URLS=1 to allow it)`));
  }
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(target, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) },
      signal: AbortSignal.timeout(options.timeoutMs),
      lookup: options.allowPrivate ? undefined : publicOnlyLookup,
    });
    request.once("error", (error: Error) => reject(error.name === "AbortError" || error.name === "TimeoutError" ? new Error(`no answer within ${options.timeoutMs / 1000} s`) : error));
    request.once("response", (response) => {
      const chunks: Buffer[] = [];
      let length = 0;
      response.on("data", (chunk: Buffer) => {
        if (length < ANSWER_BYTES) chunks.push(chunk);
        length += chunk.length;
        if (length >= ANSWER_BYTES) response.destroy();
      });
      const settle = () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8").slice(0, ANSWER_BYTES) });
      response.once("end", settle);
      response.once("close", settle);
    });
    request.end(body);
  });
}

/** dns.lookup that fails when any address of the name is not public. */
const publicOnlyLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) return callback(Object.assign(new Error(`${hostname} resolves to ${refused.address}, a private address (set WEBHOOK_ALLOW_PRIVATE_URLS=1 to allow it)`), { code: "EPRIVATE" }), "", 0);
    if (options.all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};
