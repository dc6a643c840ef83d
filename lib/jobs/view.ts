import { z } from "zod";
import { JobStatus } from "@/lib/db";
import { isJobKind, jobKind } from "./kinds";

/** Failed items whose message is kept; `failed` counts them all. */
export const MAX_KEPT_ERRORS = 100;

/** A failed item: its key (a correction or article id), a label for people, and why it failed. */
export interface JobError {
  key: string;
  label: string;
  message: string;
}

/** A job as the pages and GET /api/jobs/{id} show it. */
export const jobViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  params: z.record(z.string(), z.unknown()).describe("What it works on, as started (correctionIds, source)."),
  status: z.enum(JobStatus),
  total: z.number().int().nullable().describe("Items in all; null until a runner has counted them."),
  done: z.number().int(),
  failed: z.number().int(),
  errors: z.array(z.object({ key: z.string(), label: z.string(), message: z.string() })).describe(`The failed items' messages (the first ${MAX_KEPT_ERRORS}).`),
  error: z.string().nullable().describe("Why the job as a whole failed."),
  createdBy: z.object({ id: z.string(), name: z.string().nullable(), email: z.string() }),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
});

export type JobView = z.infer<typeof jobViewSchema>;

/** The columns a view needs. */
export const jobViewSelect = {
  id: true,
  kind: true,
  params: true,
  status: true,
  total: true,
  done: true,
  failed: true,
  errors: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  createdBy: { select: { id: true, name: true, email: true } },
} as const;

type JobRow = {
  id: string;
  kind: string;
  params: unknown;
  status: JobStatus;
  total: number | null;
  done: number;
  failed: number;
  errors: unknown;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdBy: { id: string; name: string | null; email: string };
};

function titleOf(kind: string, params: unknown): string {
  if (!isJobKind(kind)) return kind;
  const definition = jobKind(kind);
  const parsed = definition.params.safeParse(params);
  return parsed.success ? definition.title(parsed.data) : kind;
}

export function toJobView({ params, errors, createdAt, startedAt, finishedAt, ...row }: JobRow): JobView {
  return {
    ...row,
    title: titleOf(row.kind, params),
    params: params as Record<string, unknown>,
    errors: errors as JobError[],
    createdAt: createdAt.toISOString(),
    startedAt: startedAt?.toISOString() ?? null,
    finishedAt: finishedAt?.toISOString() ?? null,
  };
}
