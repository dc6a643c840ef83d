import { z } from "zod";
import { toWellFormedText, wellFormedString } from "@/lib/text";
import { stripControlCharacters } from "./clean-text";
import { HONEYPOT_FIELD, REPORT_LIMITS } from "./limits";

/**
 * Reader text: control characters stripped first (NUL among them), then trimmed and measured. A lone surrogate is
 * refused (a 400): what a reader selects or types is whole characters.
 */
const readerText = (max: number, tooLong: string) =>
  z
    .string({ error: "must be text" })
    .max(max * 4, tooLong)
    .transform((value) => stripControlCharacters(value).trim())
    .pipe(wellFormedString().max(max, tooLong));

/**
 * The text around a selection, untrimmed. The page cuts it at a count of UTF-16 units, which can halve an emoji at
 * the far edge: that half is dropped rather than refused.
 */
const contextText = (max: number) =>
  z
    .string({ error: "must be text" })
    .max(max * 4, "is too long")
    .transform((value) => toWellFormedText(stripControlCharacters(value), ""))
    .pipe(z.string().max(max, "is too long"));

const optionalReaderText = (max: number, tooLong: string) =>
  readerText(max, tooLong)
    .optional()
    .nullable()
    .transform((value) => value || undefined);

const offset = z.number({ error: "must be a number" }).int("must be a whole number").min(0, "cannot be negative").max(10_000_000);

/** The body of POST /api/reports, as the article page and the widget send it. */
export const reportInputSchema = z
  .object({
    article: wellFormedString("say which article: its id, slug or page address").trim().min(1, "say which article: its id, slug or page address").max(2000),
    revision: z.number().int().min(1).optional(),
    selection: readerText(REPORT_LIMITS.selection, `is longer than ${REPORT_LIMITS.selection} characters: select only the words with the mistake`).pipe(
      z.string().min(1, "is empty: select the words with the mistake"),
    ),
    start: offset.optional(),
    end: offset.optional(),
    contextBefore: contextText(REPORT_LIMITS.context * 4).default(""),
    contextAfter: contextText(REPORT_LIMITS.context * 4).default(""),
    suggestion: optionalReaderText(REPORT_LIMITS.suggestion, `is longer than ${REPORT_LIMITS.suggestion} characters`),
    comment: optionalReaderText(REPORT_LIMITS.comment, `is longer than ${REPORT_LIMITS.comment} characters`),
    email: z
      .string()
      .trim()
      .max(REPORT_LIMITS.email, "is too long")
      .optional()
      .nullable()
      .transform((value) => value || undefined)
      .pipe(z.email("is not an email address").optional()),
    [HONEYPOT_FIELD]: z.string().max(2000).optional(),
  })
  .refine((input) => (input.start === undefined) === (input.end === undefined), { message: "give both start and end, or neither", path: ["end"] })
  .refine((input) => input.start === undefined || input.end! > input.start, { message: "must come after start", path: ["end"] });

export type ValidReportInput = z.output<typeof reportInputSchema>;
