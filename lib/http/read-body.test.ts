import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import { readBody, readJson } from "./read-body";

const KB = 1024;

/** A chunked body (no Content-Length) of `chunks` chunks of 1 KB, counting how many the reader pulled. */
function chunkedRequest(chunks: number) {
  const pulled = { count: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(KB).fill(0x20));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  const request = new Request("http://errata.test/api/x", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled };
}

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("readBody", () => {
  it("stops a chunked body at the cap with a 413, without reading the rest", async () => {
    const { request, pulled } = chunkedRequest(100_000); // 100 MB if read to the end
    const error = await refusal(readBody(request, { maxBytes: 64 * KB, tooLarge: "Too big for this." }));
    expect(error.status).toBe(413);
    expect(error.message).toBe("Too big for this.");
    expect(pulled.count).toBeLessThanOrEqual(66);
    expect(pulled.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the cap before reading anything", async () => {
    const request = new Request("http://errata.test/api/x", { method: "POST", body: "x".repeat(70 * KB), headers: { "content-length": String(70 * KB) } });
    expect((await refusal(readBody(request))).message).toMatch(/larger than 64 KB/);
  });

  it("reads a body under the cap whole", async () => {
    const { request } = chunkedRequest(10);
    expect((await readBody(request)).byteLength).toBe(10 * KB);
  });
});

describe("readJson", () => {
  it("parses JSON under the cap and says so when the body is not JSON", async () => {
    expect(await readJson(new Request("http://errata.test/", { method: "POST", body: '{"a":"Київ"}' }))).toEqual({ a: "Київ" });
    expect((await refusal(readJson(new Request("http://errata.test/", { method: "POST", body: "{" })))).status).toBe(400);
  });
});
