import { z } from "zod";
import { wellFormedString } from "@/lib/text";

export const MAX_SIDE_BYTES = 1024 * 1024;

const optionalUrl = wellFormedString()
  .trim()
  .max(2000)
  .transform((value) => value || undefined)
  .pipe(z.url({ protocol: /^https?$/, message: "must be an http(s) address" }).optional())
  .optional();

const optionalText = (max: number) =>
  wellFormedString().trim().max(max).transform((value) => value || undefined).optional();

const language = z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, "must be a language code such as ru or en");

/** One article pair as every import path (form, API, CLI, batch) hands it over. */
export const importInputSchema = z.object({
  title: wellFormedString().trim().max(300, "must be at most 300 characters").optional(),
  sourceLang: language.default("ru"),
  targetLang: language.default("en"),
  source: z.string(),
  target: z.string(),
  sourceUrl: optionalUrl,
  targetUrl: optionalUrl,
  engine: optionalText(100),
  publisher: optionalText(200),
});

export type ImportInput = z.input<typeof importInputSchema>;
export type ValidImportInput = z.output<typeof importInputSchema>;
