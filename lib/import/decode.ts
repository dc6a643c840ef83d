import { UserError } from "@/lib/errors";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes UTF-8 strictly (a Windows-1251 file must not become mojibake) and drops a byte-order mark. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return stripBom(utf8.decode(bytes));
  } catch {
    throw new UserError(`${what} is not UTF-8 text. Save it as UTF-8 (in most editors: “Save as…”, encoding UTF-8) and import it again.`, 415);
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
