import { describe, expect, it } from "vitest";
import { normalizeOrigin, originAllowed, parseOrigins } from "./origins";

describe("parseOrigins", () => {
  it("reads one origin per line, normalising case, default ports and trailing paths", () => {
    expect(parseOrigins("https://News.Example.kz/\nhttp://localhost:4000/en/\n\nhttps://a.example:443")).toEqual([
      "https://news.example.kz",
      "http://localhost:4000",
      "https://a.example",
    ]);
  });

  it("drops what is not an http(s) origin", () => {
    expect(parseOrigins("javascript:alert(1) ftp://x.example news.example.kz *")).toEqual([]);
  });
});

describe("originAllowed", () => {
  const publisher = { allowedOrigins: "https://news.example.kz\nhttps://m.news.example.kz" };

  it("allows exactly the configured origins", () => {
    expect(originAllowed("https://news.example.kz", publisher)).toBe(true);
    expect(originAllowed("https://m.news.example.kz", publisher)).toBe(true);
  });

  it("refuses other schemes, ports, subdomains and look-alikes", () => {
    for (const origin of ["http://news.example.kz", "https://news.example.kz:8443", "https://evil.news.example.kz", "https://news.example.kz.evil.example", "null"]) {
      expect(originAllowed(origin, publisher)).toBe(false);
    }
  });

  it("refuses every cross-origin post for an article without a publisher", () => {
    expect(originAllowed("https://news.example.kz", null)).toBe(false);
  });

  it("normalises before comparing", () => {
    expect(normalizeOrigin("HTTPS://NEWS.EXAMPLE.KZ")).toBe("https://news.example.kz");
  });
});
