import { z } from "zod";
import { CorrectionStatus, ReportStatus } from "@/lib/db";
import { count, jsonDate, personSchema } from "@/lib/http";

/** The response schemas that several routes share; a route's own is declared in its route.ts. */

/** A revision as revisionHistory and revisionWithText give it: who made it and why, without its text. */
export const revisionSummarySchema = z.object({
  number: z.number().int(),
  origin: z.string().describe("import, correction or revert"),
  createdAt: jsonDate,
  revertedTo: z.number().int().nullable(),
  author: personSchema.nullable(),
  approver: personSchema.nullable(),
  correction: z.object({ id: z.string(), category: z.string(), severity: z.string(), note: z.string().nullable() }).nullable(),
});

/** A correction as the API lists it (listCorrections): its touched sentences, the revision it made once approved. */
export const correctionSchema = z
  .object({
    id: z.string(), articleId: z.string(), baseRevision: z.number().int(), category: z.string(), severity: z.string(), note: z.string().nullable(),
    status: z.enum(CorrectionStatus), decisionNote: z.string().nullable(), decidedAt: jsonDate.nullable(), createdAt: jsonDate,
    author: personSchema, decidedBy: personSchema.nullable(),
    sentences: z.array(z.object({ before: z.string(), after: z.string() })),
    resultRevision: z.number().int().nullable(),
  })
  .meta({ id: "Correction" });

/** A reader report as reviewers see it (listReports, getReport): the readers' comments, never their addresses. */
export const reportSchema = z
  .object({
    id: z.string(), status: z.enum(ReportStatus), revision: z.number().int(), selection: z.string(), start: z.number().int(), end: z.number().int(),
    contextBefore: z.string(), contextAfter: z.string(), suggestion: z.string().nullable(), comment: z.string().nullable(),
    readerCount: count, createdAt: jsonDate,
    article: z.object({ id: z.string(), title: z.string(), slug: z.string() }),
    comments: z.array(z.string()),
    emailsWaiting: count.describe("Readers who left an address for word of the fix."),
  })
  .meta({ id: "Report" });
