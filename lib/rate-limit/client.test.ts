import { describe, expect, it } from "vitest";
import { clientAddress, clientHash, trustedProxyHops } from "./client";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("with no trusted proxy, takes the address the server filled in", () => {
    expect(clientAddress(headers("198.51.100.7"), {})).toBe("198.51.100.7");
  });

  it("behind one trusted proxy, ignores what the client prepended and takes what the proxy appended", () => {
    expect(clientAddress(headers("1.2.3.4, 5.6.7.8, 198.51.100.7"), { ERRATA_TRUST_PROXY: "1" })).toBe("198.51.100.7");
  });

  it("behind two trusted proxies, takes the entry the outer proxy appended", () => {
    expect(clientAddress(headers("1.2.3.4, 198.51.100.7, 10.0.0.2"), { ERRATA_TRUST_PROXY: "2" })).toBe("198.51.100.7");
  });

  it("says unknown when there is no address at all", () => {
    expect(clientAddress(headers(), {})).toBe("unknown");
  });
});

describe("trustedProxyHops", () => {
  it("reads numbers and true, and treats anything else as no proxy", () => {
    expect(trustedProxyHops({ ERRATA_TRUST_PROXY: "true" })).toBe(1);
    expect(trustedProxyHops({ ERRATA_TRUST_PROXY: "3" })).toBe(3);
    expect(trustedProxyHops({ ERRATA_TRUST_PROXY: "yes" })).toBe(0);
    expect(trustedProxyHops({})).toBe(0);
  });
});

describe("clientHash", () => {
  it("is stable for one salt, differs between salts and never contains the address", () => {
    const a = clientHash("198.51.100.7", { ERRATA_IP_SALT: "one" });
    expect(clientHash("198.51.100.7", { ERRATA_IP_SALT: "one" })).toBe(a);
    expect(clientHash("198.51.100.7", { ERRATA_IP_SALT: "two" })).not.toBe(a);
    expect(clientHash("198.51.100.8", { ERRATA_IP_SALT: "one" })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  it("derives its salt from NEXTAUTH_SECRET when no salt is set", () => {
    expect(clientHash("198.51.100.7", { NEXTAUTH_SECRET: "s1" })).not.toBe(clientHash("198.51.100.7", { NEXTAUTH_SECRET: "s2" }));
  });
});
