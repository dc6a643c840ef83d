import { UserError } from "@/lib/errors";

/** The cap when a route names none: well above any correction, decision or revert a person sends. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface BodyLimit {
  maxBytes?: number;
  /** The 413's message, saying what the limit is for. */
  tooLarge?: string;
}

/**
 * The request body as bytes, read chunk by chunk and given up (413) as soon as it passes the cap: a body that
 * declares a larger Content-Length is refused unread, and a chunked one is never held past the cap.
 */
export async function readBody(request: Request, { maxBytes = DEFAULT_MAX_BODY_BYTES, tooLarge }: BodyLimit = {}): Promise<Buffer> {
  const refusal = () => new UserError(tooLarge ?? `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`, 413);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    request.body?.cancel().catch(() => undefined);
    throw refusal();
  }
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw refusal();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON body under the cap, with a 400 that says so when it is not JSON. */
export async function readJson(request: Request, limit?: BodyLimit): Promise<unknown> {
  const body = await readBody(request, limit);
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new UserError("The request body must be JSON.", 400);
  }
}
