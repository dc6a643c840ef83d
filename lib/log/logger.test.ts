import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { withRequestId } from "./request-context";
import { logRequest } from "./request-line";

/** A logger writing into an array of parsed lines (each write must be exactly one JSON line). */
function capture(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger(destination, level), lines, raw };
}

describe("createLogger", () => {
  it("writes one JSON object per line with a level name, an ISO time and the pid", () => {
    const { logger, lines, raw } = capture();
    logger.info({ answer: 42 }, "hello");
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatch(/^\{.*\}\n$/);
    expect(raw[0].trimEnd()).not.toContain("\n");
    expect(lines[0]).toMatchObject({ level: "info", pid: process.pid, answer: 42, msg: "hello" });
    expect(new Date(lines[0].time as string).toISOString()).toBe(lines[0].time);
  });

  it("adds the request id to every line written while a request is served, and none outside", async () => {
    const { logger, lines } = capture();
    await withRequestId("req-1", async () => {
      await Promise.resolve();
      logger.info("inside");
    });
    logger.info("outside");
    expect(lines[0]).toMatchObject({ msg: "inside", requestId: "req-1" });
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("writes an error with its type, message and stack", () => {
    const { logger, lines } = capture();
    logger.error({ err: new TypeError("bad thing") }, "unexpected error");
    expect(lines[0]).toMatchObject({ level: "error", msg: "unexpected error", err: { type: "TypeError", message: "bad thing" } });
    expect((lines[0].err as { stack: string }).stack).toContain("TypeError: bad thing");
  });

  it("keeps a message with newlines on one line", () => {
    const { logger, raw } = capture();
    logger.warn("line one\nline two\u2028three");
    expect(raw).toHaveLength(1);
    expect(raw[0].trimEnd().split("\n")).toHaveLength(1);
  });

  it("drops lines under its level", () => {
    const { logger, lines } = capture("warn");
    logger.info("quiet");
    logger.warn("loud");
    expect(lines.map((line) => line.msg)).toEqual(["loud"]);
  });
});

describe("logRequest", () => {
  it("writes method, path without the query, status and duration; a 5xx at error level", () => {
    const { logger, lines } = capture();
    logRequest(logger, { method: "GET", url: "/articles/x?email=a@b.c", status: 200, durationMs: 12.345 });
    logRequest(logger, { method: "POST", url: "/api/reports", status: 503, durationMs: 3, aborted: true });
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/articles/x", status: 200, durationMs: 12.3 });
    expect(lines[0]).not.toHaveProperty("aborted");
    expect(JSON.stringify(lines[0])).not.toContain("a@b.c");
    expect(lines[1]).toMatchObject({ level: "error", method: "POST", path: "/api/reports", status: 503, aborted: true });
  });
});
