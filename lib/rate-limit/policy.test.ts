import { describe, expect, it } from "vitest";
import { describeWait, formatLimits, parseLimits } from "./policy";

describe("parseLimits", () => {
  it("reads Mistape's defaults", () => {
    expect(parseLimits("5/5m, 15/30m, 30/1d")).toEqual([
      { points: 5, seconds: 300 },
      { points: 15, seconds: 1800 },
      { points: 30, seconds: 86400 },
    ]);
  });

  it("takes a bare unit as one of it", () => {
    expect(parseLimits("100/h")).toEqual([{ points: 100, seconds: 3600 }]);
  });

  it("says what is wrong with a bad item", () => {
    expect(() => parseLimits("5/5m, lots")).toThrow(/“lots” is not a limit/);
    expect(() => parseLimits("0/5m")).toThrow(/not a limit/);
    expect(() => parseLimits(" , ")).toThrow(/at least one/);
  });

  it("round-trips through formatLimits", () => {
    expect(formatLimits(parseLimits("5/300s,15/30m,30/24h"))).toBe("5/5m, 15/30m, 30/1d");
  });
});

describe("describeWait", () => {
  it("rounds up to seconds, minutes or hours", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(61)).toBe("61 seconds");
    expect(describeWait(299)).toBe("5 minutes");
    expect(describeWait(86_000)).toBe("24 hours");
  });
});
