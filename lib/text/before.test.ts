import { describe, expect, it } from "vitest";
import { textBefore } from "./before";

describe("textBefore", () => {
  it("gives the characters just before an offset, at most the length asked", () => {
    const text = "Tariffs rose by €12m in Almaty.";
    expect(textBefore(text, text.indexOf("12"))).toBe("Tariffs rose by €");
    expect(textBefore(text, text.indexOf("12"), 3)).toBe("y €");
    expect(textBefore(text, 0)).toBe("");
    expect(/[$€£¥₽]$/u.test(textBefore(text, text.indexOf("12")))).toBe(true);
  });
});
