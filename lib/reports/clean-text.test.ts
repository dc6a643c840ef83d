import { describe, expect, it } from "vitest";
import { collapseWhitespace, stripControlCharacters } from "./clean-text";

describe("stripControlCharacters", () => {
  it("drops control and bidi override characters but keeps tabs, line breaks and ordinary punctuation", () => {
    expect(stripControlCharacters("a\u0000b\u0007c\u001bd\u202Ee\u2066f\tg\nh — «i»")).toBe("abcdef\tg\nh — «i»");
  });

  it("turns CRLF and lone CR into LF", () => {
    expect(stripControlCharacters("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
  });

  it("keeps emoji and joiners intact", () => {
    expect(stripControlCharacters("👩‍💻 ok")).toBe("👩‍💻 ok");
  });
});

describe("collapseWhitespace", () => {
  it("treats line breaks and runs of spaces as one space", () => {
    expect(collapseWhitespace("  the\n\nminister   said \t")).toBe("the minister said");
  });
});
