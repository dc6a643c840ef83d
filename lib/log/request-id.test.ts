import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";
import { loggedPath } from "./request-line";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it("keeps a plausible incoming id (UUID, hex, trace id)", () => {
    for (const id of ["3f1c2a9e-8b7d-4c6e-9f00-1a2b3c4d5e6f", "a1b2c3d4e5f6", "trace-7:span.2_x"]) expect(requestIdFrom(id)).toBe(id);
    expect(requestIdFrom(["first-id", "second-id"])).toBe("first-id");
  });

  it("makes a new UUID when there is none, or it is too long or carries anything but id characters", () => {
    const refused = [undefined, null, "", "x".repeat(129), "a b", "id\nforged line", 'id","level":"fatal', "<script>", "ид", "a\u0000b"];
    for (const incoming of refused) expect(requestIdFrom(incoming)).toMatch(UUID);
    expect(requestIdFrom("x".repeat(128))).toBe("x".repeat(128));
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});

describe("loggedPath", () => {
  it("drops the query and fragment and masks an invitation token", () => {
    expect(loggedPath("/review?token=secret")).toBe("/review");
    expect(loggedPath("/invite/abcDEF123/accept?x=1")).toBe("/invite/[token]/accept");
    expect(loggedPath("/invite/abcDEF123")).toBe("/invite/[token]");
    expect(loggedPath("?only=query")).toBe("/");
  });
});
