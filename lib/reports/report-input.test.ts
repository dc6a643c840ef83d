import { describe, expect, it } from "vitest";
import { reportInputSchema } from "./report-input";

const base = { article: "some-slug", selection: "Askara Umarova", start: 9, end: 23, contextBefore: "Minister ", contextAfter: " arrived" };

describe("reportInputSchema", () => {
  it("accepts a report and drops empty optional fields", () => {
    const parsed = reportInputSchema.parse({ ...base, suggestion: "Askar Umarov", comment: "  ", email: "" });
    expect(parsed).toMatchObject({ article: "some-slug", selection: "Askara Umarova", suggestion: "Askar Umarov", comment: undefined, email: undefined });
  });

  it("strips control characters before measuring and keeps the comment's line breaks", () => {
    const parsed = reportInputSchema.parse({ ...base, comment: "line one\r\nline\u0000 two\u202E" });
    expect(parsed.comment).toBe("line one\nline two");
  });

  it("keeps markup as plain text (it is escaped where it is shown)", () => {
    expect(reportInputSchema.parse({ ...base, comment: "<script>alert(1)</script>" }).comment).toBe("<script>alert(1)</script>");
  });

  it("says what is wrong, field by field", () => {
    const result = reportInputSchema.safeParse({ ...base, selection: "x".repeat(301), comment: "y".repeat(1001), email: "not-an-address" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "selection: is longer than 300 characters: select only the words with the mistake",
        "comment: is longer than 1000 characters",
        "email: is not an email address",
      ]),
    );
  });

  it("refuses an empty selection, half a pair of offsets and an end before the start", () => {
    expect(reportInputSchema.safeParse({ ...base, selection: " \u0000 " }).error?.issues[0].message).toMatch(/empty/);
    expect(reportInputSchema.safeParse({ ...base, end: undefined }).error?.issues[0].message).toMatch(/both start and end/);
    expect(reportInputSchema.safeParse({ ...base, start: 30 }).error?.issues[0].message).toMatch(/after start/);
  });

  it("accepts a report without offsets (the widget knows none)", () => {
    expect(reportInputSchema.safeParse({ article: "https://news.example.kz/a", selection: "Abaevwho" }).success).toBe(true);
  });

  it("refuses half an emoji in what the reader typed, and drops the half a context was cut through", () => {
    const result = reportInputSchema.safeParse({ ...base, suggestion: "Askar \uD83D", comment: "\uDE00" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["suggestion", "comment"]);
    expect(result.error?.issues[0].message).toMatch(/broken character/);
    const parsed = reportInputSchema.parse({ ...base, contextBefore: "\uDE00 the Minister ", contextAfter: " arrived 😀\uD83D" });
    expect(parsed).toMatchObject({ contextBefore: " the Minister ", contextAfter: " arrived 😀" });
  });
});
