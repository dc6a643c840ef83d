import { z } from "zod";
import { UserError } from "@/lib/errors";
import { decodeUtf8, importArticle, importInputSchema, type ImportedArticle } from "@/lib/import";
import { MAX_XLIFF_BYTES } from "./limits";
import { parseXliff } from "./xliff";

/** What may come with the file: the same optional details as any import. Languages and texts come from the file. */
export const xliffDetailsSchema = importInputSchema.pick({ title: true, sourceUrl: true, targetUrl: true, engine: true, publisher: true });
export type XliffDetails = z.input<typeof xliffDetailsSchema>;

/**
 * A translated XLIFF file (2.0 or 1.2) as a new article pair: its units' sources become the original and its
 * targets the translation, then it goes through importArticle like every other import (same limits, checks,
 * duplicate refusal and audit).
 */
export async function importXliff(file: string | Uint8Array, details: XliffDetails, options: { actorId?: string | null } = {}): Promise<ImportedArticle> {
  const bytes = typeof file === "string" ? Buffer.byteLength(file, "utf8") : file.byteLength;
  if (bytes > MAX_XLIFF_BYTES) {
    throw new UserError(`The XLIFF file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_XLIFF_BYTES / 1024 / 1024} MB.`, 413);
  }
  const xml = typeof file === "string" ? file : decodeUtf8(file, "The XLIFF file");
  const parsed = await parseXliff(xml);
  return importArticle({ ...xliffDetailsSchema.parse(details), sourceLang: parsed.sourceLang, targetLang: parsed.targetLang, source: parsed.source, target: parsed.target }, options);
}
