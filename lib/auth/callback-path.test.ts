import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps a path on this site with its query and hash", () => {
    expect(safeCallbackPath("/review/articles/abc?x=1#flag-2")).toBe("/review/articles/abc?x=1#flag-2");
  });

  it("keeps only the path of a full URL, whichever host it names", () => {
    expect(safeCallbackPath("http://localhost:3000/editor")).toBe("/editor");
    expect(safeCallbackPath("https://evil.example/review")).toBe("/review");
    expect(safeCallbackPath("//evil.example/admin")).toBe("/admin");
  });

  it("never returns a path that a browser reads as another host", () => {
    for (const value of ["/.//evil.example", "/a/..//evil.example/x", "http://errata.test//evil.example", "https://evil.example//evil.example", "/\\evil.example"]) {
      const path = safeCallbackPath(value);
      expect(path.startsWith("//"), `${value} → ${path}`).toBe(false);
      expect(new URL(path, "https://errata.test").origin).toBe("https://errata.test");
    }
  });

  it("falls back to the default for nothing, a list, or what is not a URL", () => {
    expect(safeCallbackPath(undefined)).toBe("/review");
    expect(safeCallbackPath("")).toBe("/review");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/review");
    expect(safeCallbackPath("http://[")).toBe("/review");
  });
});
