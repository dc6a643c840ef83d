import { z } from "zod";
import type { CurrentUser } from "@/lib/auth";
import { approveCorrection } from "@/lib/corrections";
import { getDb, type Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { rerunChecks } from "@/lib/flags";
import { articlesMentioningTerm } from "@/lib/glossary-learning";
import { canDecide, canDecideGlossaryProposal, canReview } from "@/lib/permissions";

/** One unit of a job's work: its key (a correction or article id), a label for people, and the cursor after it. */
export interface JobItem {
  key: string;
  label: string;
  cursor: string;
}

/** What the runner knows of the job it asks a kind about. */
export interface JobContext<P> {
  params: P;
  /** Article scans take the articles there were when the job was started: later ones were checked on import. */
  createdAt: Date;
}

/**
 * A kind of background job. Its items run one by one through an existing domain verb, which does its own role
 * check, transaction and audit row; the kind only says which items there are and in what order.
 */
export interface JobKind<P = unknown> {
  params: z.ZodType<P>;
  /** For the jobs page: "Approve 12 corrections". */
  title(params: P): string;
  /** Who may start it: the roles of the verb it runs (checked on enqueue and again when a runner takes it up). */
  may(user: CurrentUser): boolean;
  refusal: string;
  count(job: JobContext<P>): Promise<number>;
  /** The item after `cursor` (null: the first), or null when none is left. */
  next(job: JobContext<P>, cursor: string | null): Promise<JobItem | null>;
  /** Runs one item as the job's starter; a UserError fails the item with its message, and the job goes on. */
  run(user: CurrentUser, item: JobItem): Promise<void>;
}

const MAX_BULK_APPROVALS = 500;

const approveParams = z.object({ correctionIds: z.array(z.string().min(1).max(64)).min(1, "Select at least one correction.").max(MAX_BULK_APPROVALS) });
const rerunParams = z.object({});
const recheckParams = z.object({ source: z.string().trim().min(1).max(200) });

const approveCorrections: JobKind<z.infer<typeof approveParams>> = {
  params: approveParams,
  title: ({ correctionIds }) => `Approve ${correctionIds.length} correction${correctionIds.length === 1 ? "" : "s"}`,
  may: canDecide,
  refusal: "Only editors can approve corrections.",
  count: async ({ params }) => params.correctionIds.length,
  async next({ params }, cursor) {
    const at = cursor === null ? 0 : Number(cursor);
    const correctionId = params.correctionIds[at];
    if (correctionId === undefined) return null;
    const correction = await getDb().correction.findUnique({ where: { id: correctionId }, select: { article: { select: { title: true } } } });
    return { key: correctionId, label: correction ? `Correction in “${correction.article.title}”` : `Correction ${correctionId}`, cursor: String(at + 1) };
  },
  async run(user, { key: correctionId }) {
    // An item a runner approved just before it stopped, without saving its place, comes round again after the
    // takeover: approved by this job's starter already, it is done rather than a failure.
    const settled = await getDb().correction.findUnique({ where: { id: correctionId }, select: { status: true, decidedById: true } });
    if (settled?.status === "APPROVED" && settled.decidedById === user.id) return;
    const result = await approveCorrection(user, { correctionId });
    if (result.status === "CONFLICT") throw new UserError(`Not applied — ${result.message}`, 409);
  },
};

/** A kind that re-runs the checks (rerunChecks: new flags added, dismissed ones kept) on each article of a set, by id. */
function articleScan<P>(definition: Pick<JobKind<P>, "params" | "title" | "may" | "refusal"> & { articles: (params: P) => Prisma.ArticleWhereInput }): JobKind<P> {
  const where = ({ params, createdAt }: JobContext<P>): Prisma.ArticleWhereInput => ({ ...definition.articles(params), createdAt: { lte: createdAt } });
  return {
    ...definition,
    count: (job) => getDb().article.count({ where: where(job) }),
    async next(job, cursor) {
      const article = await getDb().article.findFirst({ where: { ...where(job), ...(cursor === null ? {} : { id: { gt: cursor } }) }, orderBy: { id: "asc" }, select: { id: true, title: true } });
      return article && { key: article.id, label: article.title, cursor: article.id };
    },
    run: async (user, { key }) => void (await rerunChecks(user, key)),
  };
}

const rerunAllChecks = articleScan<z.infer<typeof rerunParams>>({
  params: rerunParams,
  title: () => "Re-run the checks on every article",
  may: canReview,
  refusal: "Only reviewers can re-run the checks.",
  articles: () => ({ status: { not: "ARCHIVED" } }),
});

const glossaryRecheck = articleScan<z.infer<typeof recheckParams>>({
  params: recheckParams,
  title: ({ source }) => `Re-check past articles mentioning “${source}”`,
  may: canDecideGlossaryProposal,
  refusal: "Only editors can re-check past articles.",
  articles: ({ source }) => articlesMentioningTerm(source),
});

const JOB_KINDS = {
  "approve-corrections": approveCorrections,
  "rerun-checks": rerunAllChecks,
  "glossary-recheck": glossaryRecheck,
} as const;

export type JobKindName = keyof typeof JOB_KINDS;

/** A job to start: its kind and that kind's parameters (server actions and POST /api/jobs). */
export const startJobSchema = z.discriminatedUnion("kind", [
  approveParams.extend({ kind: z.literal("approve-corrections") }),
  rerunParams.extend({ kind: z.literal("rerun-checks") }),
  recheckParams.extend({ kind: z.literal("glossary-recheck") }),
]);

export const isJobKind = (kind: string): kind is JobKindName => Object.hasOwn(JOB_KINDS, kind);

/** A kind by name, for the runner, which knows its params only as stored JSON. */
export const jobKind = (kind: JobKindName) => JOB_KINDS[kind] as unknown as JobKind<unknown>;
