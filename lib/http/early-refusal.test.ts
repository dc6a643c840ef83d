import { describe, expect, it } from "vitest";
import { refuseBeforeRouting } from "./early-refusal";

const APP = "http://localhost:3000";

describe("refuseBeforeRouting", () => {
  it("answers a broken %-escape with a 400: JSON under /api, a small page elsewhere", async () => {
    const api = refuseBeforeRouting(new Request(`${APP}/api/articles/%ZZ/flags`));
    expect(api?.status).toBe(400);
    expect(await api?.json()).toEqual({ code: "bad_address", message: expect.stringMatching(/not valid/), error: expect.stringMatching(/not valid/) });
    for (const path of ["/articles/%E0%A4%A", "/articles/%E0%A4", "/review/%", "/%C0%AF"]) {
      const page = refuseBeforeRouting(new Request(`${APP}${path}`));
      expect(page?.status, path).toBe(400);
      expect(page?.headers.get("content-type"), path).toMatch(/^text\/html/);
    }
  });

  it("lets well-formed addresses through, escapes and Cyrillic included", () => {
    for (const path of ["/", "/articles/%D0%BC%D0%B8%D1%80", "/articles/мир", "/api/articles/abc/flags", "/review?q=%ZZ"]) {
      expect(refuseBeforeRouting(new Request(`${APP}${path}`)), path).toBeNull();
    }
  });

  it("refuses (403) a server action posted from another site's page, and lets Errata's own through", () => {
    const action = (headers: Record<string, string>) => new Request(`${APP}/review/import`, { method: "POST", headers: { "next-action": "7f00", ...headers }, body: "[]" });
    expect(refuseBeforeRouting(action({ origin: "https://evil.example" }))?.status).toBe(403);
    expect(refuseBeforeRouting(action({ origin: APP, "sec-fetch-site": "same-site" }))?.status).toBe(403);
    expect(refuseBeforeRouting(action({ origin: APP, "sec-fetch-site": "same-origin" }))).toBeNull();
    // A cross-site POST without Next-Action is no server action: it is the route's to answer (apiRoute, next-auth).
    expect(refuseBeforeRouting(new Request(`${APP}/login`, { method: "POST", headers: { origin: "https://evil.example" }, body: "x" }))).toBeNull();
  });
});
