import { z } from "zod";
import type { MqmCategory, Severity } from "@/lib/checks/types";
import { wellFormedString } from "@/lib/text";

export const MQM_CATEGORIES = [
  "Accuracy/Mistranslation",
  "Accuracy/Omission",
  "Accuracy/Addition",
  "Accuracy/Untranslated",
  "Fluency/Spelling",
  "Fluency/Punctuation",
  "Fluency/Grammar",
  "Terminology/Inconsistent",
  "Terminology/Wrong term",
  "Locale convention/Name format",
  "Locale convention/Number format",
] as const satisfies readonly MqmCategory[];

export const SEVERITIES = ["minor", "major", "critical"] as const satisfies readonly Severity[];

const id = z.string().min(1).max(64);
/**
 * Replacement text: one line of plain text; control characters (and line breaks) become spaces. A lone surrogate
 * is refused: stored, it would read back as other characters and the patch would cut the wrong span.
 */
const replacement = wellFormedString().max(5000).transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, " "));
const offset = z.number().int().min(0);

/** What a correction changes, as the workspace sends it: the server works out the spans itself where it can. */
export const changeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("flag"), flagId: id, replacement: replacement.optional() }),
  /** Every occurrence of a name: the one a flag found, or the one a reader reported. */
  z.object({ kind: z.literal("all-occurrences"), flagId: id.optional(), reportId: id.optional(), replacement: replacement.optional() }),
  z.object({ kind: z.literal("report"), reportId: id, replacement: replacement.optional() }),
  z.object({
    kind: z.literal("edit"),
    start: offset,
    end: offset,
    text: replacement,
    flagIds: z.array(id).max(100).default([]),
    reportIds: z.array(id).max(100).default([]),
  }),
]);

export type Change = z.input<typeof changeSchema>;

export const correctionDetailsSchema = z.object({
  category: z.enum(MQM_CATEGORIES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  note: wellFormedString().trim().max(1000).optional(),
});

export const correctionIdSchema = z.object({ correctionId: id });
