import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import { checkWebhookUrl, isPrivateAddress } from "./address-policy";

const refusal = (url: string, env = {}) => {
  try {
    checkWebhookUrl(url, env);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  }
  return null;
};

describe("webhook address policy", () => {
  it("knows private, loopback, link-local and other non-public addresses", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it("takes public http and https URLs", () => {
    expect(checkWebhookUrl(" https://cms.example.org/hooks/errata?x=1 ").href).toBe("https://cms.example.org/hooks/errata?x=1");
    expect(checkWebhookUrl("http://93.184.216.34:8080/").port).toBe("8080");
  });

  it("refuses other schemes, credentials and non-URLs with a message", () => {
    expect(refusal("ftp://example.org/")).toMatch(/http:\/\/ or https:\/\//);
    expect(refusal("file:///etc/passwd")).toMatch(/http:\/\/ or https:\/\//);
    expect(refusal("javascript:alert(1)")).toMatch(/http:\/\/ or https:\/\//);
    expect(refusal("https://user:pass@example.org/")).toMatch(/password/);
    expect(refusal("example.org/hook")).toMatch(/full URL/);
    expect(refusal(`https://example.org/${"a".repeat(2001)}`)).toMatch(/too long/);
  });

  it("refuses local and private hosts unless WEBHOOK_ALLOW_PRIVATE_URLS=1", () => {
    for (const url of ["http://127.0.0.1:8080/", "http://localhost/", "http://api.localhost/", "http://[::1]/", "http://169.254.169.254/latest/meta-data", "http://10.0.0.5/", "http://intranet/", "http://[::ffff:7f00:1]/", "http://2130706433/"]) {
      expect(refusal(url), url).toMatch(/WEBHOOK_ALLOW_PRIVATE_URLS=1/);
      expect(refusal(url, { WEBHOOK_ALLOW_PRIVATE_URLS: "1" }), url).toBeNull();
    }
  });
});
